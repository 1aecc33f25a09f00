import type { Metadata } from "next";
import Link from "next/link";
import { RequestDecision } from "@/components/reservation-requests/request-decision";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { can } from "@/lib/access/roles";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { formatMoney } from "@/lib/money";
import { listPartnerRequests, type RequestOutcome } from "@/lib/reservation-requests/list-requests";
import { approveRequestAction, declineRequestAction } from "./actions";

export const metadata: Metadata = { title: "Requests" };

const statusLabels = { open: "Open", approved: "Approved", declined: "Declined" } as const;

function Outcome({ outcome }: { outcome: RequestOutcome }) {
  if (!outcome) return null;
  if (outcome.kind === "refused") return <p className="mt-2 text-danger">Can't be done now: {outcome.message}</p>;
  if (outcome.kind === "change") {
    return (
      <p className="mt-2">
        {outcome.changed
          ? "If approved now: it changes as asked, at once; no money moves."
          : "Already as asked: approving changes nothing."}
      </p>
    );
  }
  const q = outcome.quote;
  return outcome.kind === "refund" ? (
    <p className="mt-2">
      If approved now: refund {formatMoney(outcome.quote.refundMinor, q.currency)}
      {q.futurePaymentsCancelledMinor > 0 &&
        ` (and ${formatMoney(q.futurePaymentsCancelledMinor, q.currency)} of monthly payments not yet due, cancelled)`}
      , commitment cancelled {formatMoney(outcome.quote.cancelledCommitmentMinor, q.currency)}, refund limit left{" "}
      {formatMoney(outcome.quote.poolLeftMinor, q.currency)} of USD 50,000
      {outcome.quote.cancelledCommitmentMinor > outcome.quote.poolLeftMinor && " — over the limit"}.
    </p>
  ) : (
    <p className="mt-2">
      If approved now: credit {formatMoney(outcome.quote.creditMinor, q.currency)}, new commitment{" "}
      {formatMoney(outcome.quote.newCommitmentMinor, q.currency)}, order total{" "}
      {formatMoney(outcome.quote.netMinor, q.currency)}
      {outcome.quote.coversReturn
        ? "; the new commitment covers what is returned."
        : `; below the ${formatMoney(outcome.quote.remainingCommitmentMinor, q.currency)} still committed, so it would be refused.`}
    </p>
  );
}

/** What customers asked of the partner instead of e-mailing: exchange, cancel, renew, change scope. */
export default async function RequestsPage() {
  const actor = await requirePartnerActor();
  const requests = listPartnerRequests(actor);
  const canDecide = can(actor.role, "manageReservations");
  return (
    <>
      <h1 className="text-2xl font-semibold">Requests</h1>
      <p className="mt-1 max-w-3xl text-muted">
        Your customers can't exchange, cancel, renew or re-scope the reservations they bought, nor renew or re-scope
        their savings plans; here they ask you to. Approving carries the request out as Manage would, with the figures
        shown as of now.
      </p>
      {!canDecide && (
        <p className="mt-2 text-muted">Only Admin agents can approve or decline requests. You have read-only access.</p>
      )}
      {requests.length === 0 && <p className="mt-4">No requests yet.</p>}
      <ul className="mt-4 grid max-w-4xl gap-4">
        {requests.map((r) => (
          <li key={r.requestId}>
            <article aria-labelledby={`request-${r.requestId}`} className="rounded-sm border border-line p-4">
              <h2 id={`request-${r.requestId}`} className="font-semibold">
                {r.companyName}: {r.asked} — {statusLabels[r.status]}
              </h2>
              <p className="text-muted">
                <Link
                  href={`/customers/${r.customerTenantId}/${r.subject === "savings_plan" ? "savings-plans" : "reservations"}/${r.reservationId}`}
                  className="text-brand hover:underline"
                >
                  {r.reservationName}
                </Link>{" "}
                ({r.productName}) · asked by {r.requestedBy} · <LocalDateTime iso={r.createdAt.toISOString()} />
              </p>
              {r.message && <blockquote className="mt-2 border-l-4 border-line pl-3">{r.message}</blockquote>}
              {r.declineReason && <p className="mt-2">Declined: {r.declineReason}</p>}
              <Outcome outcome={r.outcome} />
              {r.status === "open" && canDecide && (
                <RequestDecision
                  requestId={r.requestId}
                  summary={`${r.companyName}: ${r.asked}`}
                  approve={approveRequestAction}
                  decline={declineRequestAction}
                />
              )}
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
