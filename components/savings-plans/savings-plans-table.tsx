import Link from "next/link";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { TableHead } from "@/components/ui/table-head";
import { formatMoney } from "@/lib/money";
import { orderChannelLabels } from "@/lib/orders/channel-labels";
import { billingPlanLabels, termLabels } from "@/lib/reservations/catalog";
import { scopeDescription } from "@/lib/reservations/labels";
import type { SavingsPlanRow } from "@/lib/savings-plans/list-savings-plans";
import { formatHourlyCommitment } from "@/lib/savings-plans/savings-plan-rules";
import { requestKindWords } from "@/lib/reservation-requests/request-details";

/**
 * A customer's savings plans, for the partner (with Manage) and for the customer alike (who may ask the partner to
 * renew one or change its scope: nobody can cancel or exchange a savings plan).
 */
export function SavingsPlansTable({
  plans,
  manageBase,
  askPartnerName,
}: {
  plans: SavingsPlanRow[];
  manageBase?: string;
  askPartnerName?: string;
}) {
  if (plans.length === 0) return <p className="mt-4">No savings plans yet.</p>;
  return (
    <table className="mt-4 w-full border-collapse text-left">
      <TableHead
        columns={[
          "Name",
          "Commitment",
          "Term",
          "Scope",
          "Purchased by",
          "Price",
          "Start",
          "Expires",
          "Auto-renew",
          "Status",
        ]}
      />
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.savingsPlanId} className="border-b border-line align-top">
            <td className="py-2 pr-4">
              {manageBase ? (
                <Link href={`${manageBase}/${plan.savingsPlanId}`} className="text-brand hover:underline">
                  {plan.displayName}
                  <span className="sr-only"> (Manage)</span>
                </Link>
              ) : (
                plan.displayName
              )}
            </td>
            <td className="py-2 pr-4">
              {formatHourlyCommitment(plan.hourlyCommitmentMills)} {plan.currency}/hour
            </td>
            <td className="py-2 pr-4">
              {termLabels[plan.term]}, {billingPlanLabels[plan.billingPlan].toLowerCase()}
            </td>
            <td className="py-2 pr-4">{scopeDescription(plan.scope, plan.resourceGroup)}</td>
            <td className="py-2 pr-4">
              {plan.purchasedByName ?? plan.purchasedBy}
              <span className="block text-xs text-muted">{orderChannelLabels[plan.channel]}</span>
            </td>
            <td className="py-2 pr-4">{formatMoney(plan.priceMinor, plan.currency)}</td>
            <td className="py-2 pr-4">
              <LocalDateTime iso={plan.createdAt.toISOString()} />
            </td>
            <td className="py-2 pr-4">
              <LocalDateTime iso={plan.expiresAt.toISOString()} />
            </td>
            <td className="py-2 pr-4">{plan.autoRenew ? "On" : "Off"}</td>
            <td className="py-2 pr-4">
              {plan.state === "active" ? (
                <StatusBadge tone="success">Active</StatusBadge>
              ) : (
                <StatusBadge tone="neutral">Expired</StatusBadge>
              )}
            </td>
            {askPartnerName && (
              <td className="py-2 pr-4">
                {plan.state === "active" && (
                  <ul className="space-y-0.5 text-xs">
                    {(["change_scope", "renew"] as const).map((kind) => (
                      <li key={kind}>
                        <Link
                          href={`/portal/savings-plans/${plan.savingsPlanId}/ask?kind=${kind}`}
                          className="text-brand hover:underline"
                        >
                          Ask {askPartnerName} to {requestKindWords[kind]}
                          <span className="sr-only"> {plan.displayName}</span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
