"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/i18n/describe";
import { newIdempotencyKey } from "@/lib/orders/new-idempotency-key";
import type { ApprovedPurchase } from "@/lib/purchase-approvals/decide-purchase";

/** Approve (bought at once, as the customer's own purchase) or decline with a reason the customer reads. */
export function PurchaseDecision({
  approvalId,
  summary,
  approve,
  decline,
}: {
  approvalId: string;
  summary: string;
  approve: (formData: FormData) => Promise<ActionResult<ApprovedPurchase>>;
  decline: (formData: FormData) => Promise<ActionResult<{ approvalId: string }>>;
}) {
  const t = useTranslations("purchaseApprovals.inbox.decision");
  // One key per submitted purchase's approval: a double click, or a retry after a lost answer, buys it once; the server
  // refuses the key for any other purchase.
  const [idempotencyKey] = useState(newIdempotencyKey);
  return (
    <div className="mt-3 flex flex-wrap items-start gap-6">
      <ActionForm
        action={approve}
        successMessage={({ orderId }) => t("approved", { orderId })}
        submitLabel={t("approve")}
        submitHint={summary}
      >
        <input type="hidden" name="approvalId" value={approvalId} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      </ActionForm>
      <ActionForm
        action={decline}
        successMessage={t("declined")}
        submitLabel={t("decline")}
        submitHint={summary}
        className="flex flex-wrap items-end gap-2"
      >
        <input type="hidden" name="approvalId" value={approvalId} />
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("reasonLabel")}</span>
          <input
            name="reason"
            required
            maxLength={1000}
            className="w-72 rounded-sm border border-[#8a8886] px-2 py-1.5"
          />
        </label>
      </ActionForm>
    </div>
  );
}
