import Link from "next/link";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { formatMoney } from "@/lib/money";
import { orderChannelLabels as channelLabels } from "@/lib/orders/channel-labels";
import { billingPlanLabels, termLabels } from "@/lib/reservations/catalog";
import { regionName, scopeDescription } from "@/lib/reservations/labels";
import type { ReservationRow } from "@/lib/reservations/list-reservations";
import { reservationStateLabels } from "@/lib/reservations/reservation-state";
import { TableHead } from "@/components/ui/table-head";

/** The partner's view: every reservation, whoever bought it, with the price the customer pays. */
export function PartnerReservationsTable({
  customerId,
  reservations,
}: {
  customerId: string;
  reservations: ReservationRow[];
}) {
  if (reservations.length === 0) return <p className="mt-4">No reservations yet.</p>;
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <TableHead
          columns={[
            "Reservation",
            "Product and region",
            "Quantity",
            "Term",
            "Scope",
            "Expires",
            "Status",
            "Purchased by",
            "Price",
            "Actions",
          ]}
        />
        <tbody>
          {reservations.map((r) => (
            <tr key={r.reservationId} className="border-b border-line align-top">
              <td className="py-2 pr-4">
                {r.displayName}
                <span className="block font-mono text-xs text-muted">{r.reservationId}</span>
              </td>
              <td className="py-2 pr-4">
                {r.productName}
                <span className="block text-xs text-muted">{regionName(r.region)}</span>
              </td>
              <td className="py-2 pr-4">{r.quantity}</td>
              <td className="py-2 pr-4">
                {termLabels[r.term]}, {billingPlanLabels[r.billingPlan].toLowerCase()}
              </td>
              <td className="py-2 pr-4">{scopeDescription(r.scope, r.resourceGroup)}</td>
              <td className="py-2 pr-4 whitespace-nowrap">
                <LocalDateTime iso={r.expiresAt.toISOString()} />
              </td>
              <td className="py-2 pr-4">{reservationStateLabels[r.state]}</td>
              <td className="py-2 pr-4">
                {r.purchasedByName ?? r.purchasedBy}
                <span className="block text-xs text-muted">
                  {r.purchasedBy} · {channelLabels[r.channel]}
                </span>
              </td>
              <td className="py-2 pr-4">{formatMoney(r.priceMinor, r.currency)}</td>
              <td className="py-2 pr-4">
                <Link
                  href={`/customers/${customerId}/reservations/${r.reservationId}`}
                  className="text-brand hover:underline"
                >
                  Manage<span className="sr-only"> {r.displayName}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
