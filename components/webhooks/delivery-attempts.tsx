import { useTranslations } from "next-intl";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { TableHead } from "@/components/ui/table-head";
import type { WebhookDeliveryView } from "@/lib/webhooks/webhook-deliveries";

/** How much of a receiver's answer the log shows: enough to recognise an error page, not a whole one. */
const responseShown = 300;

function prettyPayload(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

/** One event's attempts, oldest first, and the JSON it sends: what a receiver's developer needs to debug it. */
export function DeliveryAttempts({ delivery }: { delivery: WebhookDeliveryView }) {
  const t = useTranslations("webhooks");
  return (
    <div className="space-y-3 py-2">
      {delivery.attempts.length === 0 ? (
        <p>{t("log.attempts.none")}</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("log.attempts.caption", { webhookId: delivery.webhookId })}</caption>
          <TableHead
            columns={[
              t("log.attempts.time"),
              t("log.attempts.result"),
              t("log.attempts.duration"),
              t("log.attempts.response"),
            ]}
          />
          <tbody>
            {delivery.attempts.map((attempt, index) => (
              <tr key={index} className="border-b border-line align-top">
                <td className="py-1 pr-4">
                  <LocalDateTime iso={attempt.attemptedAt.toISOString()} />
                </td>
                <td className="py-1 pr-4 font-mono">{attempt.error ?? attempt.status}</td>
                <td className="py-1 pr-4">{t("log.attempts.milliseconds", { ms: attempt.durationMs })}</td>
                <td className="py-1 pr-4">
                  {attempt.responseBody && (
                    <code className="break-all font-mono text-xs">{attempt.responseBody.slice(0, responseShown)}</code>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div>
        <p className="font-semibold">{t("log.payload")}</p>
        <pre className="mt-1 max-h-80 overflow-auto rounded-sm bg-nav p-3 font-mono text-xs">
          {prettyPayload(delivery.payload)}
        </pre>
      </div>
    </div>
  );
}
