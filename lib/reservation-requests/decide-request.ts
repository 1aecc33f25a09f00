import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import {
  customers,
  reservationRequests,
  reservations,
  savingsPlans,
  subscriptions,
  type ReservationRequestKind,
} from "@/db/schema";
import type { ActorRef, PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { idempotencyKey } from "@/lib/orders/idempotency";
import { changeReservationScope } from "@/lib/reservations/change-reservation-scope";
import { exchangeReservation } from "@/lib/reservations/exchange-reservation";
import { refundReservation } from "@/lib/reservations/refund-reservation";
import { setReservationAutoRenew } from "@/lib/reservations/set-reservation-auto-renew";
import { changeSavingsPlanScope, setSavingsPlanAutoRenew } from "@/lib/savings-plans/manage-savings-plan";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason } from "@/lib/validation";
import type { RequestDetails } from "./request-details";

function findOpenRequest(tx: Tx, actor: PartnerActor, requestId: string) {
  const found = tx
    .select({ request: reservationRequests, customer: customers, reservation: reservations, savingsPlan: savingsPlans })
    .from(reservationRequests)
    .innerJoin(customers, eq(customers.id, reservationRequests.customerId))
    .leftJoin(reservations, eq(reservations.id, reservationRequests.reservationId))
    .leftJoin(savingsPlans, eq(savingsPlans.id, reservationRequests.savingsPlanId))
    .where(and(eq(reservationRequests.requestId, requestId.toLowerCase()), eq(customers.partnerId, actor.partnerId)))
    .get();
  if (!found) return fail("not_found", "requests.errors.requestNotFound");
  if (!can(actor.role, "manageReservations")) return fail("forbidden", "requests.errors.onlyAdminsDecide");
  if (found.request.status !== "open") {
    return fail("conflict", "requests.errors.alreadyDecided", { status: found.request.status });
  }
  return ok(found);
}

/** The input the partner's own use case takes for what the request asks. */
export function useCaseInput(
  tx: Pick<Tx, "select">,
  found: {
    request: { kind: string; details: string };
    reservation: { reservationId: string; billingSubscriptionId: number } | null;
    savingsPlan: { savingsPlanId: string } | null;
  },
) {
  const details = JSON.parse(found.request.details);
  if (found.savingsPlan) return { savingsPlanId: found.savingsPlan.savingsPlanId, ...details };
  const reservation = found.reservation!;
  const reservationId = reservation.reservationId;
  if (found.request.kind !== "exchange") return { reservationId, ...details };
  const { subscriptionId } = tx
    .select({ subscriptionId: subscriptions.subscriptionId })
    .from(subscriptions)
    .where(eq(subscriptions.id, reservation.billingSubscriptionId))
    .get()!;
  const exchange = details as RequestDetails["exchange"];
  return {
    reservationId,
    quantity: exchange.quantity,
    target: { ...exchange.target, billingSubscriptionId: subscriptionId, scope: "shared" },
  };
}

/** A savings plan request runs the savings plan's own use case; only renewal and scope can be asked for. */
function carryOutForSavingsPlan(
  actorRef: ActorRef | null,
  kind: ReservationRequestKind,
  useCase: unknown,
): Result<unknown> {
  if (kind === "renew") return setSavingsPlanAutoRenew(actorRef, useCase);
  if (kind === "change_scope") return changeSavingsPlanScope(actorRef, useCase);
  return fail("conflict", "requests.errors.savingsPlanCantCancel");
}

export const approveRequestInput = z.object({ requestId: microsoftId, idempotencyKey });

/**
 * Approves a customer's request: runs the very use case the Manage page runs, in the same transaction as closing
 * the request. When it can no longer be carried out (cancelled since, pool used up), the refusal is answered and
 * the request stays open.
 */
export function approveReservationRequest(actorRef: ActorRef | null, rawInput: unknown): Result<{ requestId: string }> {
  const input = parseInput(approveRequestInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, (tx, actor): Result<{ requestId: string }> => {
    const found = findOpenRequest(tx, actor, input.data.requestId);
    if (!found.ok) return found;
    const useCase = useCaseInput(tx, found.data);
    const key = { idempotencyKey: input.data.idempotencyKey };
    // Nested inside this transaction: better-sqlite3 runs them as savepoints, so all of it commits or none.
    const done = found.data.savingsPlan
      ? carryOutForSavingsPlan(actorRef, found.data.request.kind, useCase)
      : {
          cancel: () => refundReservation(actorRef, { ...useCase, ...key }),
          exchange: () => exchangeReservation(actorRef, { ...useCase, ...key }),
          renew: () => setReservationAutoRenew(actorRef, useCase),
          change_scope: () => changeReservationScope(actorRef, useCase),
        }[found.data.request.kind]();
    if (!done.ok) return done;

    const now = new Date();
    tx.update(reservationRequests)
      .set({ status: "approved", decidedByPartnerUserId: actor.id, decidedAt: now })
      .where(eq(reservationRequests.id, found.data.request.id))
      .run();
    recordActivity(tx, {
      actor,
      customer: found.data.customer,
      operationType: "approve_reservation_request",
      resourceType: "reservation_request",
      oldValue: { id: found.data.request.requestId, status: "open" },
      newValue: { id: found.data.request.requestId, status: "approved", outcome: done.data },
      at: now,
    });
    return ok({ requestId: found.data.request.requestId });
  });
}

export const declineRequestInput = z.object({
  requestId: microsoftId,
  reason: z
    .string()
    .trim()
    .min(1, reason("requests.errors.declineReasonRequired"))
    .max(1000, reason("requests.errors.declineReasonTooLong")),
});

/** Declines a customer's request with a reason the customer sees in their area. */
export function declineReservationRequest(actorRef: ActorRef | null, rawInput: unknown): Result<{ requestId: string }> {
  const input = parseInput(declineRequestInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, (tx, actor): Result<{ requestId: string }> => {
    const found = findOpenRequest(tx, actor, input.data.requestId);
    if (!found.ok) return found;
    const now = new Date();
    tx.update(reservationRequests)
      .set({ status: "declined", declineReason: input.data.reason, decidedByPartnerUserId: actor.id, decidedAt: now })
      .where(eq(reservationRequests.id, found.data.request.id))
      .run();
    recordActivity(tx, {
      actor,
      customer: found.data.customer,
      operationType: "decline_reservation_request",
      resourceType: "reservation_request",
      oldValue: { id: found.data.request.requestId, status: "open" },
      newValue: { id: found.data.request.requestId, status: "declined", reason: input.data.reason },
      at: now,
    });
    return ok({ requestId: found.data.request.requestId });
  });
}
