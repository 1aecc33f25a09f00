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
import { changeReservationScopeWithin } from "@/lib/reservations/change-reservation-scope";
import { exchangeReservationWithin, type ReservationExchange } from "@/lib/reservations/exchange-reservation";
import { refundReservationWithin, type ReservationRefund } from "@/lib/reservations/refund-reservation";
import { setReservationAutoRenewWithin } from "@/lib/reservations/set-reservation-auto-renew";
import { changeSavingsPlanScopeWithin, setSavingsPlanAutoRenewWithin } from "@/lib/savings-plans/manage-savings-plan";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason } from "@/lib/validation";
import type { RequestDetails } from "./request-details";

async function findPartnerRequest(tx: Tx, actor: PartnerActor, requestId: string) {
  const [found] = await tx
    .select({ request: reservationRequests, customer: customers, reservation: reservations, savingsPlan: savingsPlans })
    .from(reservationRequests)
    .innerJoin(customers, eq(customers.id, reservationRequests.customerId))
    .leftJoin(reservations, eq(reservations.id, reservationRequests.reservationId))
    .leftJoin(savingsPlans, eq(savingsPlans.id, reservationRequests.savingsPlanId))
    .where(and(eq(reservationRequests.requestId, requestId.toLowerCase()), eq(customers.partnerId, actor.partnerId)))
    .limit(1);
  return found;
}

async function findOpenRequest(tx: Tx, actor: PartnerActor, requestId: string) {
  const found = await findPartnerRequest(tx, actor, requestId);
  if (!found) return fail("not_found", "requests.errors.requestNotFound");
  if (!can(actor.role, "manageCustomerPurchases")) return fail("forbidden", "requests.errors.onlyAdminsDecide");
  if (found.request.status !== "open") {
    return fail("conflict", "requests.errors.alreadyDecided", { status: found.request.status });
  }
  return ok(found);
}

/** The input the partner's own use case takes for what the request asks. */
export async function useCaseInput(
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
  const [{ subscriptionId }] = await tx
    .select({ subscriptionId: subscriptions.subscriptionId })
    .from(subscriptions)
    .where(eq(subscriptions.id, reservation.billingSubscriptionId))
    .limit(1);
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
async function carryOutForSavingsPlan(
  tx: Tx,
  actor: PartnerActor,
  kind: ReservationRequestKind,
  useCase: unknown,
): Promise<Result<ApprovalOutcome>> {
  if (kind === "renew") return setSavingsPlanAutoRenewWithin(tx, actor, useCase);
  if (kind === "change_scope") return changeSavingsPlanScopeWithin(tx, actor, useCase);
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
async function approvalOutcome(tx: Tx, actor: PartnerActor, request: typeof reservationRequests.$inferSelect) {
  // Entries of one instant are few: they are told apart here rather than with an engine's own JSON functions.
  const entries = await tx
    .select({ newValue: activityEntries.newValue })
    .from(activityEntries)
    .where(
      and(
        eq(activityEntries.partnerId, actor.partnerId),
        eq(activityEntries.customerId, request.customerId),
        eq(activityEntries.operationType, "approve_reservation_request"),
        eq(activityEntries.createdAt, request.decidedAt!),
      ),
    );
  const approval = entries
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
export async function approveReservationRequest(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<Approval>> {
  const input = parseInput(approveRequestInput, rawInput);
  if (!input.ok) return input;
  const { idempotencyKey: approvalKey } = input.data;
  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<Approval>> => {
    const [earlier] = await tx
      .select()
      .from(reservationRequests)
      .where(
        and(
          eq(reservationRequests.decidedByPartnerUserId, actor.id),
          eq(reservationRequests.approvalIdempotencyKey, approvalKey),
        ),
      )
      .limit(1);
    if (earlier) {
      // The request as stored, not as the id was typed: a retry spelling it in capitals is the same approval.
      const asked = await findPartnerRequest(tx, actor, input.data.requestId);
      if (asked?.request.id !== earlier.id) return fail("idempotency_key_reused", "requests.errors.approvalKeyReused");
      return ok({ requestId: earlier.requestId, outcome: await approvalOutcome(tx, actor, earlier) });
    }
    // A key that already made an order (a purchase, a Manage-page refund) belongs to that operation, not this one.
    if (await keyUsedForAnOrder(tx, actor, approvalKey)) {
      return fail("idempotency_key_reused", "requests.errors.approvalKeyReused");
    }

    const found = await findOpenRequest(tx, actor, input.data.requestId);
    if (!found.ok) return found;
    const useCase = await useCaseInput(tx, found.data);
    const key = { idempotencyKey: carriedOutKey(found.data.request.requestId, approvalKey) };
    // The use case's own body, in this transaction with this actor: all of it commits or none.
    const done: Result<ApprovalOutcome> = found.data.savingsPlan
      ? await carryOutForSavingsPlan(tx, actor, found.data.request.kind, useCase)
      : await {
          cancel: () => refundReservationWithin(tx, actor, { ...useCase, ...key }),
          exchange: () => exchangeReservationWithin(tx, actor, { ...useCase, ...key }),
          renew: () => setReservationAutoRenewWithin(tx, actor, useCase),
          change_scope: () => changeReservationScopeWithin(tx, actor, useCase),
        }[found.data.request.kind]();
    if (!done.ok) return done;

    const now = new Date();
    // The unique index on (decided by, key) is the guarantee that the key approves this request and no other.
    await tx
      .update(reservationRequests)
      .set({
        status: "approved",
        decidedByPartnerUserId: actor.id,
        decidedAt: now,
        approvalIdempotencyKey: approvalKey,
      })
      .where(eq(reservationRequests.id, found.data.request.id));
    await recordActivity(tx, {
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
export async function declineReservationRequest(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<{ requestId: string }>> {
  const input = parseInput(declineRequestInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<{ requestId: string }>> => {
    const found = await findOpenRequest(tx, actor, input.data.requestId);
    if (!found.ok) return found;
    const now = new Date();
    await tx
      .update(reservationRequests)
      .set({ status: "declined", declineReason: input.data.reason, decidedByPartnerUserId: actor.id, decidedAt: now })
      .where(eq(reservationRequests.id, found.data.request.id));
    await recordActivity(tx, {
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
