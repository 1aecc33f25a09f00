import { useTranslations } from "next-intl";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { Pagination } from "@/components/ui/pagination";
import { TableHead } from "@/components/ui/table-head";
import type { ActionResult } from "@/lib/i18n/describe";
import type { WebhookDeliveryView } from "@/lib/webhooks/webhook-deliveries";
import { DeliveryAttempts } from "./delivery-attempts";
import { DeliveryStatus } from "./delivery-status";
import { RedeliverButton } from "./redeliver-button";
import { RefreshButton } from "./refresh-button";

const columnCount = 7;

/**
 * The webhook's events, newest first, a page at a time: each row's outcome so far, and under it (folded) every attempt
 * and the payload. Sending happens in the background, so the log is as of when the page was drawn, and says so.
 */
export function DeliveryLog({
  deliveries,
  page,
  pageCount,
  redeliver,
}: {
  deliveries: WebhookDeliveryView[];
  page: number;
  pageCount: number;
  redeliver: (input: { webhookId: string }) => Promise<ActionResult<{ webhookId: string }>>;
}) {
  const t = useTranslations("webhooks");
  return (
    <section aria-labelledby="delivery-log-heading" className="mt-8">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h2 id="delivery-log-heading" className="text-lg font-semibold">
          {t("log.heading")}
        </h2>
        <RefreshButton />
      </div>
      <p className="mt-1 text-muted">{t("log.intro")}</p>
      {deliveries.length === 0 ? (
        <p className="mt-3">{t("log.empty")}</p>
      ) : (
        <table className="mt-3 w-full border-collapse text-left">
          <TableHead
            columns={[
              t("log.columns.event"),
              t("log.columns.webhookId"),
              t("log.columns.created"),
              t("log.columns.status"),
              t("log.columns.attempts"),
              t("log.columns.lastResult"),
              t("log.columns.actions"),
            ]}
          />
          {deliveries.map((delivery) => (
            // One body per event: its row, and the row under it that unfolds its attempts.
            <tbody key={delivery.webhookId} className="border-b border-line">
              <tr className="align-top">
                <td className="py-2 pr-4">{t(`events.${delivery.eventName}`)}</td>
                <td className="py-2 pr-4 font-mono text-xs">{delivery.webhookId}</td>
                <td className="py-2 pr-4">
                  <LocalDateTime iso={delivery.createdAt.toISOString()} />
                </td>
                <td className="py-2 pr-4">
                  <DeliveryStatus delivery={delivery} />
                </td>
                <td className="py-2 pr-4">{delivery.attempts.length}</td>
                <td className="py-2 pr-4 font-mono text-xs">{delivery.lastError ?? delivery.lastStatus}</td>
                <td className="py-2 pr-4">
                  <RedeliverButton
                    webhookId={delivery.webhookId}
                    failed={delivery.status === "failed"}
                    redeliver={redeliver}
                  />
                </td>
              </tr>
              <tr>
                <td colSpan={columnCount} className="pb-2">
                  <details>
                    <summary className="cursor-pointer text-brand">
                      {t("log.showAttempts")}
                      <span className="sr-only"> {delivery.webhookId}</span>
                    </summary>
                    <DeliveryAttempts delivery={delivery} />
                  </details>
                </td>
              </tr>
            </tbody>
          ))}
        </table>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(to) => `/settings/webhooks?page=${to}`}
        label={t("log.pages")}
      />
    </section>
  );
}
