import type { Metadata } from "next";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { requireCustomerActor } from "@/lib/auth/current-actor";
import { listCustomerRequests } from "@/lib/reservation-requests/list-requests";

export const metadata: Metadata = { title: "Requests" };

const statusLabels = { open: "Waiting for an answer", approved: "Done", declined: "Declined" } as const;

/** What the customer asked their partner, and the answers. */
export default async function MyRequestsPage() {
  const actor = await requireCustomerActor();
  const requests = listCustomerRequests(actor);
  return (
    <>
      <h1 className="text-2xl font-semibold">Requests</h1>
      <p className="mt-1 text-muted">
        What {actor.companyName} asked {actor.partnerName} to do with its reservations and savings plans.
      </p>
      {requests.length === 0 ? (
        <p className="mt-4">No requests yet. Ask from a reservation or a savings plan on its page.</p>
      ) : (
        <table className="mt-4 w-full border-collapse bg-white text-left">
          <thead>
            <tr className="border-b border-line text-muted">
              {["About", "Asked", "By", "When", "Status", "Answer"].map((h) => (
                <th key={h} scope="col" className="px-2 py-2 font-semibold">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.requestId} className="border-b border-line align-top">
                <td className="px-2 py-2">{r.reservationName}</td>
                <td className="px-2 py-2">{r.asked}</td>
                <td className="px-2 py-2">{r.requestedBy}</td>
                <td className="px-2 py-2 whitespace-nowrap">
                  <LocalDateTime iso={r.createdAt.toISOString()} />
                </td>
                <td className="px-2 py-2">{statusLabels[r.status]}</td>
                <td className="px-2 py-2">{r.declineReason ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
