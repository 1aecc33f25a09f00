import Link from "next/link";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { billingPlanLabels, termLabels } from "@/lib/reservations/catalog";
import { regionName, scopeDescription } from "@/lib/reservations/labels";
import { reservationStateLabels } from "@/lib/reservations/reservation-state";
import type { ReservationRow } from "@/lib/reservations/list-reservations";
import { reservationRequestKinds } from "@/db/schema";
import { requestKindWords } from "@/lib/reservation-requests/request-details";

/**
 * The customer's view. Exchange, cancel, renew and change scope are shown, as in the Azure portal, but
 * unavailable: reservations bought through a CSP partner are changed by the partner.
 */
export function CustomerReservationsTable({
  reservations,
  partnerName,
}: {
  reservations: ReservationRow[];
  partnerName: string;
}) {
  if (reservations.length === 0) return <p className="mt-4">You have no reservations yet.</p>;
  return (
    <>
      <p className="mt-4 rounded-sm bg-[#fff4ce] px-3 py-2 text-warning">
        Reservations bought through your partner, {partnerName}, are exchanged, cancelled, renewed or re-scoped by them:
        ask them here, and their answer shows under Requests.
      </p>
      <table className="mt-4 w-full border-collapse bg-white text-left">
        <thead>
          <tr className="border-b border-line text-muted">
            {["Name", "Product", "Region", "Quantity", "Scope", "Term", "Expires", "Status", "Actions"].map((h) => (
              <th key={h} scope="col" className="px-2 py-2 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {reservations.map((r) => (
            <tr key={r.reservationId} className="border-b border-line align-top">
              <td className="px-2 py-2">{r.displayName}</td>
              <td className="px-2 py-2">{r.productName}</td>
              <td className="px-2 py-2">{regionName(r.region)}</td>
              <td className="px-2 py-2">{r.quantity}</td>
              <td className="px-2 py-2">{scopeDescription(r.scope, r.resourceGroup)}</td>
              <td className="px-2 py-2">
                {termLabels[r.term]}, {billingPlanLabels[r.billingPlan].toLowerCase()}
              </td>
              <td className="px-2 py-2 whitespace-nowrap">
                <LocalDateTime iso={r.expiresAt.toISOString()} />
              </td>
              <td className="px-2 py-2">{reservationStateLabels[r.state]}</td>
              <td className="px-2 py-2">
                {r.state === "active" && (
                  <ul className="space-y-0.5 text-xs">
                    {reservationRequestKinds.map((kind) => (
                      <li key={kind}>
                        <Link
                          href={`/portal/reservations/${r.reservationId}/ask?kind=${kind}`}
                          className="text-brand hover:underline"
                        >
                          Ask {partnerName} to {requestKindWords[kind]}
                          <span className="sr-only"> {r.displayName}</span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
