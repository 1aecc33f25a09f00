import { useTranslations } from "next-intl";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import type { WebhookDeliveryView } from "@/lib/webhooks/webhook-deliveries";

/** Delivered, waiting for its next attempt (and when), or given up on after a day of retries. */
export function DeliveryStatus({ delivery }: { delivery: WebhookDeliveryView }) {
  const t = useTranslations("webhooks");
  const { status, nextAttemptAt } = delivery;
  if (status === "delivered") return <StatusBadge tone="success">{t("log.status.delivered")}</StatusBadge>;
  if (status === "failed") return <StatusBadge tone="danger">{t("log.status.failed")}</StatusBadge>;
  return (
    <StatusBadge tone="info">
      {nextAttemptAt
        ? t.rich("log.status.pending", { at: () => <LocalDateTime iso={nextAttemptAt.toISOString()} /> })
        : t("log.status.pendingNow")}
    </StatusBadge>
  );
}
