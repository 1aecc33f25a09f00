"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/i18n/describe";
import { useActionAnswer } from "./use-action-answer";

/**
 * Sends a failed event again, with its webhook-id, now. Rendered on every row, the button only on a failed one: the
 * answer stays once the refreshed row shows the event waiting again (and the button gone).
 */
export function RedeliverButton({
  webhookId,
  failed,
  redeliver,
}: {
  webhookId: string;
  failed: boolean;
  redeliver: (input: { webhookId: string }) => Promise<ActionResult<{ webhookId: string }>>;
}) {
  const t = useTranslations("webhooks");
  const { pending, run, feedback } = useActionAnswer();
  return (
    <>
      {failed && (
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            run(
              () => redeliver({ webhookId }),
              () => t("log.redelivered"),
            )
          }
          className="text-brand hover:underline disabled:opacity-50"
        >
          {t("log.redeliver")}
          <span className="sr-only"> {webhookId}</span>
        </button>
      )}
      {feedback}
    </>
  );
}
