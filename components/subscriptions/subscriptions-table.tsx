import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { TableHead } from "@/components/ui/table-head";
import type { SubscriptionStatus } from "@/db/schema";
import type { Result } from "@/lib/result";
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
  setStatus: (formData: FormData) => Promise<Result<unknown>>;
  emptyMessage: string;
};

export function SubscriptionsTable({
  customerId,
  subscriptions,
  canChangeStatus,
  setStatus,
  emptyMessage,
}: SubscriptionsTableProps) {
  if (subscriptions.length === 0)
    return (
      <p className="mt-4" role="status">
        {emptyMessage}
      </p>
    );
  return (
    <table className="mt-4 w-full border-collapse text-left">
      <TableHead
        columns={["Subscription", "Offer", "Subscription ID", "Status", "Billing", "Quantity", "Created", "Actions"]}
      />
      <tbody>
        {subscriptions.map((s) => (
          <tr key={s.subscriptionId} className="border-b border-line align-top">
            <td className="py-2 pr-4">{s.friendlyName}</td>
            <td className="py-2 pr-4">{s.offerName}</td>
            <td className="py-2 pr-4 font-mono text-xs">{s.subscriptionId}</td>
            <td className="py-2 pr-4">
              <StatusBadge tone={statusTone[s.status]}>{s.status[0].toUpperCase() + s.status.slice(1)}</StatusBadge>
            </td>
            <td className="py-2 pr-4">{s.usageBased ? "Usage-based" : "License-based"}</td>
            <td className="py-2 pr-4">{s.usageBased ? "—" : s.quantity}</td>
            <td className="py-2 pr-4 whitespace-nowrap">
              <LocalDateTime iso={s.createdAt.toISOString()} />
            </td>
            <td className="py-2 pr-4">
              <div className="flex flex-wrap items-center gap-3">
                {s.usageBased && (
                  <Link
                    href={`/customers/${customerId}/subscriptions/${s.subscriptionId}/access`}
                    aria-label={`Manage ${s.friendlyName} ${s.subscriptionId}`}
                    className="text-brand hover:underline"
                  >
                    Manage
                  </Link>
                )}
                {canChangeStatus && (s.status === "active" || s.status === "suspended") && (
                  <ActionForm
                    action={setStatus}
                    customerId={customerId}
                    successMessage={s.status === "active" ? "Subscription suspended." : "Subscription reactivated."}
                    className="flex flex-wrap items-center"
                    look="link"
                    submitLabel={s.status === "active" ? "Suspend" : "Reactivate"}
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
