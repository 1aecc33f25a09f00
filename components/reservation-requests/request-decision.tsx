"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/i18n/describe";
import { newIdempotencyKey } from "@/lib/orders/new-idempotency-key";

type Decide = (formData: FormData) => Promise<ActionResult<{ requestId: string }>>;

/** Approve (carried out at once) or decline with a reason the customer will read. */
export function RequestDecision({
  requestId,
  summary,
  approve,
  decline,
}: {
  requestId: string;
  summary: string;
  approve: Decide;
  decline: Decide;
}) {
  const t = useTranslations("requests");
  // One key per request's approval: sent again (a double click, a retry after a refusal or a lost answer) it is the
  // same approval, carried out once; the server refuses it for any other request.
  const [idempotencyKey] = useState(newIdempotencyKey);
  return (
    <div className="mt-3 flex flex-wrap items-start gap-6">
      <ActionForm
        action={approve}
        successMessage={t("decision.approved")}
        submitLabel={t("decision.approve")}
        submitHint={summary}
      >
        <input type="hidden" name="requestId" value={requestId} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      </ActionForm>
      <ActionForm
        action={decline}
        successMessage={t("decision.declined")}
        submitLabel={t("decision.decline")}
        submitHint={summary}
        className="flex flex-wrap items-end gap-2"
      >
        <input type="hidden" name="requestId" value={requestId} />
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("decision.reasonLabel")}</span>
          <input name="reason" maxLength={1000} className="w-72 rounded-sm border border-[#8a8886] px-2 py-1.5" />
        </label>
      </ActionForm>
    </div>
  );
}
