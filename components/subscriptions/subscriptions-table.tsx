import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { TableHead } from "@/components/ui/table-head";
import type { SubscriptionStatus } from "@/db/schema";
import type { ActionResult } from "@/lib/i18n/describe";
import type { SubscriptionRow } from "@/lib/subscriptions/list-subscriptions";

const statusTone: Record<SubscriptionStatus, "success" | "warning" | "danger" | "neutral"> = {
  active: "success",
  pending: "neutral",
  suspended: "warning",
  disabled: "danger",
  deleted: "danger",
  expired: "neutral",
};

type SubscriptionsTableProps = {
  customerId: string;
  subscriptions: SubscriptionRow[];
  canChangeStatus: boolean;
  setStatus: (formData: FormData) => Promise<ActionResult<unknown>>;
  emptyMessage: string;
};

export function SubscriptionsTable({
  customerId,
  subscriptions,
  canChangeStatus,
  setStatus,
  emptyMessage,
}: SubscriptionsTableProps) {
  const t = useTranslations("subscriptions");
  const tShared = useTranslations();
  if (subscriptions.length === 0)
    return (
      <p className="mt-4" role="status">
        {emptyMessage}
      </p>
    );
  return (
    <table className="mt-4 w-full border-collapse text-left">
      <TableHead
        columns={[
          t("columns.subscription"),
          t("columns.offer"),
          t("columns.subscriptionId"),
          t("columns.status"),
          t("columns.billing"),
          t("columns.quantity"),
          t("columns.created"),
          t("columns.actions"),
        ]}
      />
      <tbody>
        {subscriptions.map((s) => (
          <tr key={s.subscriptionId} className="border-b border-line align-top">
            <td className="py-2 pr-4">{s.friendlyName}</td>
            <td className="py-2 pr-4">{s.offerName}</td>
            <td className="py-2 pr-4 font-mono text-xs">{s.subscriptionId}</td>
            <td className="py-2 pr-4">
              <StatusBadge tone={statusTone[s.status]}>{tShared(`subscriptionStatus.${s.status}`)}</StatusBadge>
            </td>
            <td className="py-2 pr-4">{s.usageBased ? t("billing.usageBased") : t("billing.licenseBased")}</td>
            <td className="py-2 pr-4">{s.usageBased ? "—" : s.quantity}</td>
            <td className="py-2 pr-4 whitespace-nowrap">
              <LocalDateTime iso={s.createdAt.toISOString()} />
            </td>
            <td className="py-2 pr-4">
              <div className="flex flex-wrap items-center gap-3">
                {s.usageBased && (
                  <Link
                    href={`/customers/${customerId}/subscriptions/${s.subscriptionId}/access`}
                    aria-label={t("manageLabel", { name: s.friendlyName, subscriptionId: s.subscriptionId })}
                    className="text-brand underline"
                  >
                    {t("manage")}
                  </Link>
                )}
                {canChangeStatus && (s.status === "active" || s.status === "suspended") && (
                  <ActionForm
                    action={setStatus}
                    customerId={customerId}
                    successMessage={s.status === "active" ? t("suspended") : t("reactivated")}
                    className="flex flex-wrap items-center"
                    look="link"
                    submitLabel={s.status === "active" ? t("suspend") : t("reactivate")}
                    submitHint={s.friendlyName}
                  >
                    <input type="hidden" name="subscriptionId" value={s.subscriptionId} />
                    <input type="hidden" name="status" value={s.status === "active" ? "suspended" : "active"} />
                  </ActionForm>
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
