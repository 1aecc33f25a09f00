"use client";

import { useTranslations } from "next-intl";
import type { BillingSubscriptionOption } from "@/lib/reservations/billing-subscriptions";

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

/** The Azure subscription a purchase is billed to, for reservations and savings plans alike. */
export function BillingSubscriptionSelect({
  subscriptions,
  value,
  onChange,
}: {
  subscriptions: BillingSubscriptionOption[];
  value: string;
  onChange: (subscriptionId: string) => void;
}) {
  const t = useTranslations("reservations");
  return (
    <label className="col-span-2 flex flex-col gap-1">
      <span className="font-semibold">{t("purchase.billingSubscription")}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} className={fieldClass}>
        {subscriptions.length === 0 && <option value="">{t("purchase.noSubscription")}</option>}
        {subscriptions.map((s) => (
          <option key={s.subscriptionId} value={s.subscriptionId}>
            {t("subscriptionOption", { name: s.friendlyName, id: s.subscriptionId, status: s.status })}
          </option>
        ))}
      </select>
    </label>
  );
}

const scopeChoices = ["single", "shared", "resource_group"] as const;

/** What the discount applies to: one subscription, one resource group in it, or all of them (shared). */
export function ScopeFieldset({
  scope,
  onScope,
  resourceGroup,
  onResourceGroup,
  order = ["single", "shared", "resource_group"],
}: {
  scope: string;
  onScope: (scope: string) => void;
  resourceGroup: string;
  onResourceGroup: (name: string) => void;
  /** The choices in the order the form offers them: its default first. */
  order?: (typeof scopeChoices)[number][];
}) {
  const t = useTranslations("reservations");
  return (
    <fieldset>
      <legend className="font-semibold">{t("purchase.scope")}</legend>
      <div className="mt-1 flex flex-wrap gap-4">
        {order.map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="radio"
              name="scope"
              value={value}
              checked={scope === value}
              onChange={() => onScope(value)}
              className="accent-brand"
            />
            {t(`purchase.scopeChoice.${value}`)}
          </label>
        ))}
      </div>
      {scope === "resource_group" && (
        <label className="mt-2 flex flex-col gap-1">
          <span className="font-semibold">{t("purchase.resourceGroupName")}</span>
          <input
            value={resourceGroup}
            onChange={(e) => onResourceGroup(e.target.value)}
            maxLength={90}
            className={fieldClass}
          />
        </label>
      )}
    </fieldset>
  );
}
