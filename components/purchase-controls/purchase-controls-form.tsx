"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult, DescribedFailure } from "@/lib/i18n/describe";
import type { PurchaseControlValues } from "@/lib/purchase-controls/purchase-control-rules";
import type { ControlsSave } from "@/lib/purchase-controls/set-purchase-controls";
import { useControlAmount } from "./control-amounts";
import { controlFields, typedFromMinor } from "./controls-form-data";

const fieldClass = "w-48 rounded-sm border border-[#8a8886] px-2 py-1.5";

/** The use cases' names for the amounts, which their refusals are keyed by. */
const amountFields = { monthlyLimit: "monthlyLimitMinor", approvalAbove: "approvalAboveMinor" } as const;

type Save = (formData: FormData) => Promise<ActionResult<ControlsSave>>;
/** The last answer, and the version the next save is based on: the one read, then each save's. */
type Saves = { result: ActionResult<ControlsSave> | null; version: number };

/** What a refusal says that no amount field shows: the whole message, or the other fields' problems. */
function refusalElsewhere(refusal: DescribedFailure): string {
  if (!refusal.fieldErrors) return refusal.message;
  const amounts: string[] = Object.values(amountFields);
  return Object.entries(refusal.fieldErrors)
    .filter(([field]) => !amounts.includes(field))
    .flatMap(([, messages]) => messages)
    .join(" ");
}

function AmountField({
  id,
  name,
  label,
  hint,
  value,
  onChange,
  error,
}: {
  id: string;
  name: string;
  label: string;
  hint: string;
  value: string;
  onChange: (typed: string) => void;
  error: string | undefined;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        inputMode="decimal"
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        className={fieldClass}
      />
      <p id={`${id}-hint`} className="max-w-xl text-xs text-muted">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The monthly limit and the approval amount, for Admin agents: a customer's (its own, or the partner's defaults) when
 * `customer` is given, else the partner's defaults. The save carries the version the values were read at.
 */
export function PurchaseControlsForm({
  save,
  values,
  version,
  currency,
  customer,
}: {
  save: Save;
  /** The values saved: a customer's own, or the partner's defaults. */
  values: PurchaseControlValues;
  version: number;
  currency: string;
  customer?: { id: string; followsDefaults: boolean; defaults: PurchaseControlValues };
}) {
  const t = useTranslations("purchaseControls");
  const locale = useLocale();
  const amount = useControlAmount(currency);
  const id = useId();
  const [followsDefaults, setFollowsDefaults] = useState(customer?.followsDefaults ?? false);
  // A customer following the defaults starts its own values from them, the likeliest place to start from.
  const start = customer?.followsDefaults ? customer.defaults : values;
  const [monthlyLimit, setMonthlyLimit] = useState(() => typedFromMinor(start.monthlyLimitMinor, locale));
  const [approvalAbove, setApprovalAbove] = useState(() => typedFromMinor(start.approvalAboveMinor, locale));
  const [saves, saveAction, pending] = useActionState(
    async (previous: Saves, formData: FormData): Promise<Saves> => {
      const result = await save(formData);
      return { result, version: result.ok ? result.data.version : previous.version };
    },
    { result: null, version },
  );

  const { result } = saves;
  const refusal = result && !result.ok ? result : null;
  const fieldError = (field: keyof typeof amountFields) => refusal?.fieldErrors?.[amountFields[field]]?.[0];
  const elsewhere = refusal ? refusalElsewhere(refusal) : "";
  const fields = (
    <div className="space-y-4">
      <AmountField
        id={`${id}-monthly-limit`}
        name={controlFields.monthlyLimit}
        label={t("form.monthlyLimit", { currency })}
        hint={t("form.monthlyLimitHint")}
        value={monthlyLimit}
        onChange={setMonthlyLimit}
        error={fieldError("monthlyLimit")}
      />
      <AmountField
        id={`${id}-approval-above`}
        name={controlFields.approvalAbove}
        label={t("form.approvalAbove", { currency })}
        hint={t("form.approvalAboveHint")}
        value={approvalAbove}
        onChange={setApprovalAbove}
        error={fieldError("approvalAbove")}
      />
    </div>
  );

  return (
    <form action={saveAction} className="mt-4 space-y-4">
      <input type="hidden" name={controlFields.version} value={saves.version} />
      {customer ? (
        <fieldset>
          <input type="hidden" name={controlFields.customerId} value={customer.id} />
          <legend className="font-semibold">{t("account.choice")}</legend>
          <label className="mt-2 flex items-center gap-2">
            <input
              type="radio"
              name={controlFields.followsDefaults}
              value="true"
              checked={followsDefaults}
              onChange={() => setFollowsDefaults(true)}
              aria-describedby={`${id}-defaults`}
              className="accent-brand"
            />
            {t("account.followDefaults")}
          </label>
          <p id={`${id}-defaults`} className="ml-6 text-muted">
            {t("account.defaultValues", {
              limit: amount(customer.defaults.monthlyLimitMinor),
              above: amount(customer.defaults.approvalAboveMinor),
            })}
          </p>
          <label className="mt-2 flex items-center gap-2">
            <input
              type="radio"
              name={controlFields.followsDefaults}
              value="false"
              checked={!followsDefaults}
              onChange={() => setFollowsDefaults(false)}
              className="accent-brand"
            />
            {t("account.ownValues")}
          </label>
          {!followsDefaults && <div className="mt-2 ml-6">{fields}</div>}
        </fieldset>
      ) : (
        fields
      )}
      <Button type="submit" disabled={pending}>
        {customer ? t("account.save") : t("settings.save")}
      </Button>
      <p role="status" className="text-success empty:hidden">
        {result?.ok ? (result.data.changed ? t("form.saved") : t("form.unchanged")) : ""}
      </p>
      {elsewhere && (
        <p role="alert" className="rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
          {elsewhere}
        </p>
      )}
    </form>
  );
}
