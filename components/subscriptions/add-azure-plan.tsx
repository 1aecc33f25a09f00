"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { newIdempotencyKey } from "@/lib/orders/new-idempotency-key";
import type { ActionResult } from "@/lib/i18n/describe";
import type { AzurePlanPurchase } from "@/lib/subscriptions/purchase-azure-plan";

type AddAzurePlanProps = {
  customerId: string;
  companyName: string;
  /** A customer can hold only one Azure plan: with one, only the outcome of a purchase just made is shown. */
  hasAzurePlan: boolean;
  purchase: (formData: FormData) => Promise<ActionResult<AzurePlanPurchase>>;
};

/** "Add Azure plan" with a confirmation step, as buying anything for a customer should have. */
export function AddAzurePlan({ customerId, companyName, hasAzurePlan, purchase }: AddAzurePlanProps) {
  const t = useTranslations("subscriptions");
  const tCommon = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  const queryClient = useQueryClient();
  // One key per opening of the dialog: a confirmation sent twice places one order.
  const [idempotencyKey, setIdempotencyKey] = useState("");
  const [result, formAction, pending] = useActionState(
    (_previous: Awaited<ReturnType<typeof purchase>> | null, formData: FormData) => purchase(formData),
    null,
  );
  useEffect(() => {
    if (!result?.ok) return;
    dialog.current?.close();
    queryClient.removeQueries({ queryKey: ["customers", customerId] });
  }, [result, queryClient, customerId]);

  return (
    <>
      {!hasAzurePlan && (
        <Button
          type="button"
          onClick={() => {
            setIdempotencyKey(newIdempotencyKey());
            dialog.current?.showModal();
          }}
        >
          {t("addAzurePlan.button")}
        </Button>
      )}
      {result?.ok && (
        <p role="status" className="text-success">
          {t("addAzurePlan.added", { orderId: result.data.orderId })}
          {result.data.permissionsTurnedOn.map((resource) => (
            <span key={resource} className="block">
              {t(`addAzurePlan.ruleTurnedOn.${resource}`)}
            </span>
          ))}
        </p>
      )}
      <dialog
        ref={dialog}
        aria-labelledby="add-azure-plan-title"
        className="m-auto w-full max-w-md rounded-sm p-6 shadow-xl backdrop:bg-black/40"
      >
        <h2 id="add-azure-plan-title" className="text-lg font-semibold">
          {t("addAzurePlan.title")}
        </h2>
        <p className="mt-2">{t("addAzurePlan.explanation", { companyName })}</p>
        <form action={formAction} className="mt-4">
          <input type="hidden" name="customerId" value={customerId} />
          <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
          {result && !result.ok && (
            <p role="alert" className="mb-3 rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
              {result.message}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {tCommon("cancel")}
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? t("addAzurePlan.purchasing") : t("addAzurePlan.confirm")}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
