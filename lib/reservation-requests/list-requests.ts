import { and, count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { customers, customerUsers, reservationRequests, reservations, type ReservationRequestKind } from "@/db/schema";
import type { CustomerActor, PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { calculateExchange, type ExchangeQuote } from "@/lib/reservations/exchange-reservation";
import { calculateRefund, type RefundQuote } from "@/lib/reservations/refund-reservation";
import { useCaseInput } from "./decide-request";
import { describeRequest } from "./request-details";

export type RequestRow = {
  requestId: string;
  kind: ReservationRequestKind;
  asked: string;
  message: string | null;
  status: "open" | "approved" | "declined";
  declineReason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  companyName: string;
  customerTenantId: string;
  reservationId: string;
  reservationName: string;
  productName: string;
  requestedBy: string;
};

/** What approving an open request would do, worked out now: a refund, an exchange, or why it can't be done. */
export type RequestOutcome =
  | { kind: "refund"; quote: RefundQuote }
  | { kind: "exchange"; quote: ExchangeQuote }
  | { kind: "refused"; message: string }
  | null;

const columns = {
  request: reservationRequests,
  companyName: customers.companyName,
  customerTenantId: customers.tenantId,
  reservation: reservations,
  requestedBy: customerUsers.displayName,
};

function query() {
  return getDb()
    .select(columns)
    .from(reservationRequests)
    .innerJoin(customers, eq(customers.id, reservationRequests.customerId))
    .innerJoin(reservations, eq(reservations.id, reservationRequests.reservationId))
    .innerJoin(customerUsers, eq(customerUsers.id, reservationRequests.requestedByCustomerUserId));
}

function toRow(row: Awaited<ReturnType<ReturnType<typeof query>["all"]>>[number]): RequestRow {
  return {
    requestId: row.request.requestId,
    kind: row.request.kind,
    asked: describeRequest(row.request.kind, JSON.parse(row.request.details)),
    message: row.request.message,
    status: row.request.status,
    declineReason: row.request.declineReason,
    createdAt: row.request.createdAt,
    decidedAt: row.request.decidedAt,
    companyName: row.companyName,
    customerTenantId: row.customerTenantId,
    reservationId: row.reservation.reservationId,
    reservationName: row.reservation.displayName,
    productName: row.reservation.productName,
    requestedBy: row.requestedBy,
  };
}

/** The partner's requests, open first then newest, each open one with its outcome calculated as of now. */
export function listPartnerRequests(actor: PartnerActor): (RequestRow & { outcome: RequestOutcome })[] {
  const ref = { kind: "partner_user", id: actor.id } as const;
  return query()
    .where(eq(customers.partnerId, actor.partnerId))
    .orderBy(desc(eq(reservationRequests.status, "open")), desc(reservationRequests.createdAt))
    .all()
    .map((row) => {
      let outcome: RequestOutcome = null;
      if (row.request.status === "open" && can(actor.role, "manageReservations")) {
        const input = useCaseInput(getDb(), row);
        const quoted =
          row.request.kind === "cancel"
            ? calculateRefund(ref, input)
            : row.request.kind === "exchange"
              ? calculateExchange(ref, input)
              : null;
        if (quoted && !quoted.ok) outcome = { kind: "refused", message: quoted.message };
        else if (quoted) {
          outcome =
            row.request.kind === "cancel"
              ? { kind: "refund", quote: quoted.data as RefundQuote }
              : { kind: "exchange", quote: quoted.data as ExchangeQuote };
        }
      }
      return { ...toRow(row), outcome };
    });
}

/** How many of the partner's customers' requests wait for an answer: the count beside "Requests". */
export function openRequestCount(actor: PartnerActor): number {
  return getDb()
    .select({ n: count() })
    .from(reservationRequests)
    .innerJoin(customers, eq(customers.id, reservationRequests.customerId))
    .where(and(eq(customers.partnerId, actor.partnerId), eq(reservationRequests.status, "open")))
    .get()!.n;
}

/** The customer's own requests, newest first, with the partner's answer. */
export function listCustomerRequests(actor: CustomerActor): RequestRow[] {
  return query()
    .where(eq(reservationRequests.customerId, actor.customerId))
    .orderBy(desc(reservationRequests.createdAt))
    .all()
    .map(toRow);
}
