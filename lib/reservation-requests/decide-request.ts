import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import {
  activityEntries,
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
import { idempotencyKey, keyUsedForAnOrder } from "@/lib/orders/idempotency";
import { changeReservationScope } from "@/lib/reservations/change-reservation-scope";
import { exchangeReservation, type ReservationExchange } from "@/lib/reservations/exchange-reservation";
import { refundReservation, type ReservationRefund } from "@/lib/reservations/refund-reservation";
import { setReservationAutoRenew } from "@/lib/reservations/set-reservation-auto-renew";
import { changeSavingsPlanScope, setSavingsPlanAutoRenew } from "@/lib/savings-plans/manage-savings-plan";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason } from "@/lib/validation";
import type { RequestDetails } from "./request-details";

function findPartnerRequest(tx: Tx, actor: PartnerActor, requestId: string) {
  return tx
    .select({ request: reservationRequests, customer: customers, reservation: reservations, savingsPlan: savingsPlans })
    .from(reservationRequests)
    .innerJoin(customers, eq(customers.id, reservationRequests.customerId))
    .leftJoin(reservations, eq(reservations.id, reservationRequests.reservationId))
    .leftJoin(savingsPlans, eq(savingsPlans.id, reservationRequests.savingsPlanId))
    .where(and(eq(reservationRequests.requestId, requestId.toLowerCase()), eq(customers.partnerId, actor.partnerId)))
    .get();
}

function findOpenRequest(tx: Tx, actor: PartnerActor, requestId: string) {
  const found = findPartnerRequest(tx, actor, requestId);
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

/** What approving carried out: the refund or exchange order, or the renewal or scope change made. */
export type ApprovalOutcome =
  ReservationRefund | ReservationExchange | { autoRenew: boolean; changed: boolean } | { changed: boolean };

export type Approval = { requestId: string; outcome: ApprovalOutcome };

/** A savings plan request runs the savings plan's own use case; only renewal and scope can be asked for. */
function carryOutForSavingsPlan(
  actorRef: ActorRef | null,
  kind: ReservationRequestKind,
  useCase: unknown,
): Result<ApprovalOutcome> {
  if (kind === "renew") return setSavingsPlanAutoRenew(actorRef, useCase);
  if (kind === "change_scope") return changeSavingsPlanScope(actorRef, useCase);
  return fail("conflict", "requests.errors.savingsPlanCantCancel");
}

export const approveRequestInput = z.object({ requestId: microsoftId, idempotencyKey });

/**
 * The idempotency key an approval gives the refund or exchange it runs: made from the request and the approval's
 * key, so it belongs to this approval alone. The approval's key itself may have been used on the Manage page, whose
 * order must never be answered as this approval's. Hashed to stay within the key's rules (visible ASCII, 89 long).
 */
function carriedOutKey(requestId: string, approvalKey: string): string {
  return `approval:${requestId}:${createHash("sha256").update(approvalKey).digest("base64url")}`;
}

/**
 * What an approval already made carried out, read back from its activity entry, written in the approval's own
 * transaction (and append-only): the retry's answer is what was written, not what running it again would do.
 */
function approvalOutcome(tx: Tx, actor: PartnerActor, request: typeof reservationRequests.$inferSelect) {
  // Entries of one instant are few: they are told apart here rather than with an engine's own JSON functions.
  const approval = tx
    .select({ newValue: activityEntries.newValue })
    .from(activityEntries)
    .where(
      and(
        eq(activityEntries.partnerId, actor.partnerId),
        eq(activityEntries.customerId, request.customerId),
        eq(activityEntries.operationType, "approve_reservation_request"),
        eq(activityEntries.createdAt, request.decidedAt!),
      ),
    )
    .all()
    .map((entry) => JSON.parse(entry.newValue ?? "null") as { id: string; outcome: ApprovalOutcome } | null)
    .find((value) => value?.id === request.requestId);
  if (!approval) throw new Error(`Approved request ${request.requestId} has no approval entry`);
  return approval.outcome;
}

/**
 * Approves a customer's request: runs the very use case the Manage page runs, in the same transaction as closing
 * the request. When it can no longer be carried out (cancelled since, pool used up), the refusal is answered and
 * the request stays open. Once per idempotency key (record 010): the key belongs to this request's approval, so its
 * retry answers the first outcome, and approving another request with it is refused.
 */
export function approveReservationRequest(actorRef: ActorRef | null, rawInput: unknown): Result<Approval> {
  const input = parseInput(approveRequestInput, rawInput);
  if (!input.ok) return input;
  const { idempotencyKey: approvalKey } = input.data;
  return inWriteTransaction(actorRef, (tx, actor): Result<Approval> => {
    const earlier = tx
      .select()
      .from(reservationRequests)
      .where(
        and(
          eq(reservationRequests.decidedByPartnerUserId, actor.id),
          eq(reservationRequests.approvalIdempotencyKey, approvalKey),
        ),
      )
      .get();
    if (earlier) {
      // The request as stored, not as the id was typed: a retry spelling it in capitals is the same approval.
      const asked = findPartnerRequest(tx, actor, input.data.requestId);
      if (asked?.request.id !== earlier.id) return fail("idempotency_key_reused", "requests.errors.approvalKeyReused");
      return ok({ requestId: earlier.requestId, outcome: approvalOutcome(tx, actor, earlier) });
    }
    // A key that already made an order (a purchase, a Manage-page refund) belongs to that operation, not this one.
    if (keyUsedForAnOrder(tx, actor, approvalKey)) {
      return fail("idempotency_key_reused", "requests.errors.approvalKeyReused");
    }

    const found = findOpenRequest(tx, actor, input.data.requestId);
    if (!found.ok) return found;
    const useCase = useCaseInput(tx, found.data);
    const key = { idempotencyKey: carriedOutKey(found.data.request.requestId, approvalKey) };
    // Nested inside this transaction: better-sqlite3 runs them as savepoints, so all of it commits or none.
    const done: Result<ApprovalOutcome> = found.data.savingsPlan
      ? carryOutForSavingsPlan(actorRef, found.data.request.kind, useCase)
      : {
          cancel: () => refundReservation(actorRef, { ...useCase, ...key }),
          exchange: () => exchangeReservation(actorRef, { ...useCase, ...key }),
          renew: () => setReservationAutoRenew(actorRef, useCase),
          change_scope: () => changeReservationScope(actorRef, useCase),
        }[found.data.request.kind]();
    if (!done.ok) return done;

    const now = new Date();
    // The unique index on (decided by, key) is the guarantee that the key approves this request and no other.
    tx.update(reservationRequests)
      .set({
        status: "approved",
        decidedByPartnerUserId: actor.id,
        decidedAt: now,
        approvalIdempotencyKey: approvalKey,
      })
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
    return ok({ requestId: found.data.request.requestId, outcome: done.data });
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
