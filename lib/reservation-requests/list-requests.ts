import { and, count, desc, eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { preparedQuery } from "@/db/prepared";
import {
  customers,
  customerUsers,
  reservationRequests,
  reservations,
  savingsPlans,
  type ReservationRequestKind,
} from "@/db/schema";
import type { CustomerActor, PartnerActor } from "@/lib/access/actor";
import { writeTransaction } from "@/db/transaction";
import { can } from "@/lib/access/roles";
import { calculateExchange, type ExchangeQuote } from "@/lib/reservations/exchange-reservation";
import { changeReservationScopeWithin } from "@/lib/reservations/change-reservation-scope";
import { calculateRefund, type RefundQuote } from "@/lib/reservations/refund-reservation";
import { setReservationAutoRenewWithin } from "@/lib/reservations/set-reservation-auto-renew";
import type { Explanation, Result } from "@/lib/result";
import { changeSavingsPlanScopeWithin, setSavingsPlanAutoRenewWithin } from "@/lib/savings-plans/manage-savings-plan";
import { useCaseInput } from "./decide-request";
import type { AskedFor } from "./request-details";

/** What a request is about, as the Requests pages name it: a reservation's product, or a savings plan's commitment. */
export type RequestProduct =
  { kind: "reservation"; productName: string } | { kind: "savings_plan"; hourlyCommitmentMills: number };

export type RequestRow = {
  requestId: string;
  kind: ReservationRequestKind;
  /** What it asks, as stored: components/reservation-requests put it into words. */
  asked: AskedFor;
  message: string | null;
  status: "open" | "approved" | "declined";
  declineReason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  companyName: string;
  customerTenantId: string;
  /** What it is about: a reservation or a savings plan, its id, name and what it is. */
  subject: "reservation" | "savings_plan";
  reservationId: string;
  reservationName: string;
  product: RequestProduct;
  requestedBy: string;
};

/** What approving an open request would do, worked out now: a refund, an exchange, or why it can't be done. */
export type RequestOutcome =
  | { kind: "refund"; quote: RefundQuote }
  | { kind: "exchange"; quote: ExchangeQuote }
  /** A scope or renewal request: whether approving would change anything. */
  | { kind: "change"; changed: boolean }
  | ({ kind: "refused" } & Explanation)
  | null;

/** Thrown to roll back a dry run, carrying what the use case answered. */
class DryRun<T> extends Error {
  constructor(readonly result: Result<T>) {
    super("dry run");
  }
}

/**
 * What the partner's own use case would answer now, with everything it wrote rolled back: the preview of a scope
 * or renewal request is the very check approval makes, not a second copy of its rules. A write transaction, since
 * the use case writes when it changes something (PostgreSQL refuses any write in a read transaction).
 */
async function dryRun<T>(work: (tx: Tx) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await writeTransaction<never>(async (tx) => {
      throw new DryRun(await work(tx));
    });
  } catch (error) {
    if (error instanceof DryRun) return error.result as Result<T>;
    throw error;
  }
}

const columns = {
  request: reservationRequests,
  companyName: customers.companyName,
  customerTenantId: customers.tenantId,
  reservation: reservations,
  savingsPlan: savingsPlans,
  requestedBy: customerUsers.displayName,
};

function query() {
  return getDb()
    .select(columns)
    .from(reservationRequests)
    .innerJoin(customers, eq(customers.id, reservationRequests.customerId))
    .leftJoin(reservations, eq(reservations.id, reservationRequests.reservationId))
    .leftJoin(savingsPlans, eq(savingsPlans.id, reservationRequests.savingsPlanId))
    .innerJoin(customerUsers, eq(customerUsers.id, reservationRequests.requestedByCustomerUserId));
}

function toRow(row: Awaited<ReturnType<typeof query>>[number]): RequestRow {
  return {
    requestId: row.request.requestId,
    kind: row.request.kind,
    asked: { kind: row.request.kind, details: JSON.parse(row.request.details) } as AskedFor,
    message: row.request.message,
    status: row.request.status,
    declineReason: row.request.declineReason,
    createdAt: row.request.createdAt,
    decidedAt: row.request.decidedAt,
    companyName: row.companyName,
    customerTenantId: row.customerTenantId,
    ...(row.savingsPlan
      ? {
          subject: "savings_plan" as const,
          reservationId: row.savingsPlan.savingsPlanId,
          reservationName: row.savingsPlan.displayName,
          product: {
            kind: "savings_plan" as const,
            hourlyCommitmentMills: row.savingsPlan.hourlyCommitmentMills,
          },
        }
      : {
          subject: "reservation" as const,
          reservationId: row.reservation!.reservationId,
          reservationName: row.reservation!.displayName,
          product: { kind: "reservation" as const, productName: row.reservation!.productName },
        }),
    requestedBy: row.requestedBy,
  };
}

/** The partner's requests, open first then newest, each open one with its outcome calculated as of now. */
export async function listPartnerRequests(actor: PartnerActor): Promise<(RequestRow & { outcome: RequestOutcome })[]> {
  const ref = { kind: "partner_user", id: actor.id } as const;
  const rows = await query()
    .where(eq(customers.partnerId, actor.partnerId))
    .orderBy(desc(eq(reservationRequests.status, "open")), desc(reservationRequests.createdAt));
  const listed: (RequestRow & { outcome: RequestOutcome })[] = [];
  for (const row of rows) {
    let outcome: RequestOutcome = null;
    if (row.request.status === "open" && can(actor.role, "manageCustomerPurchases")) {
      const input = await useCaseInput(getDb(), row);
      if (row.request.kind === "cancel" || row.request.kind === "exchange") {
        const quoted =
          row.request.kind === "cancel" ? await calculateRefund(ref, input) : await calculateExchange(ref, input);
        if (!quoted.ok) outcome = { kind: "refused", reason: quoted.reason, values: quoted.values };
        else {
          outcome =
            row.request.kind === "cancel"
              ? { kind: "refund", quote: quoted.data as RefundQuote }
              : { kind: "exchange", quote: quoted.data as ExchangeQuote };
        }
      } else {
        const renew = row.request.kind === "renew";
        const tried = await dryRun<{ changed: boolean }>((tx) =>
          row.savingsPlan
            ? renew
              ? setSavingsPlanAutoRenewWithin(tx, actor, input)
              : changeSavingsPlanScopeWithin(tx, actor, input)
            : renew
              ? setReservationAutoRenewWithin(tx, actor, input)
              : changeReservationScopeWithin(tx, actor, input),
        );
        outcome = tried.ok
          ? { kind: "change", changed: tried.data.changed }
          : { kind: "refused", reason: tried.reason, values: tried.values };
      }
    }
    listed.push({ ...toRow(row), outcome });
  }
  return listed;
}

/** How many of the partner's customers' requests wait for an answer: the count beside "Requests". */
// The navigation's count, on every page: a prepared statement (db/prepared.ts).
const openCount = preparedQuery("open_request_count", (db) =>
  db
    .select({ n: count() })
    .from(reservationRequests)
    .innerJoin(customers, eq(customers.id, reservationRequests.customerId))
    .where(and(eq(customers.partnerId, sql.placeholder("partnerId")), eq(reservationRequests.status, "open")))
    .limit(1),
);

export async function openRequestCount(actor: PartnerActor): Promise<number> {
  const [{ n }] = await openCount({ partnerId: actor.partnerId });
  return n;
}

/** The customer's own requests, newest first, with the partner's answer. */
export async function listCustomerRequests(actor: CustomerActor): Promise<RequestRow[]> {
  const rows = await query()
    .where(eq(reservationRequests.customerId, actor.customerId))
    .orderBy(desc(reservationRequests.createdAt));
  return rows.map(toRow);
}
