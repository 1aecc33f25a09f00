import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { orders, purchaseApprovals, type PurchaseKind } from "@/db/schema";
import { loadCustomerActor, type ActorRef, type PartnerActor } from "@/lib/access/actor";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { idempotencyKey, keyUsedForAnOrder } from "@/lib/orders/idempotency";
import { checkPurchase } from "@/lib/purchases/check-purchase";
import { writeOrder } from "@/lib/purchases/write-order";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason } from "@/lib/validation";
import { findPartnerApproval, findPendingApproval } from "./find-purchase-approval";
import { atQuotedPrice } from "./purchase-approval-rules";
import { storedPurchase } from "./purchase-of-kind";

export type ApprovedPurchase = {
  approvalId: string;
  kind: PurchaseKind;
  orderId: string;
  totalMinor: number;
  currency: string;
};

async function approvedPurchase(tx: Tx, approval: typeof purchaseApprovals.$inferSelect): Promise<ApprovedPurchase> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, approval.orderId!)).limit(1);
  return {
    approvalId: approval.approvalId,
    kind: approval.kind,
    orderId: order.orderId,
    totalMinor: order.totalMinor,
    currency: order.currency,
  };
}

export const approvePurchaseInput = z.object({ approvalId: microsoftId, idempotencyKey });

/**
 * An Admin agent approves a customer's submitted purchase: it is bought through the customer's own purchase path, as
 * the customer user who submitted it (their permission and buyer role still hold), within the limit of the month it
 * is approved in, at the quoted price within 7 days of the submission and at today's after. The order and the
 * decision are one transaction; once per idempotency key, which belongs to this approval (its retry answers the same
 * order; another submission, or an order, may not take it).
 */
export async function approvePurchase(actorRef: ActorRef | null, rawInput: unknown): Promise<Result<ApprovedPurchase>> {
  const input = parseInput(approvePurchaseInput, rawInput);
  if (!input.ok) return input;
  const { approvalId, idempotencyKey: key } = input.data;
  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<ApprovedPurchase>> => {
    const [earlier] = await tx
      .select()
      .from(purchaseApprovals)
      .where(
        and(eq(purchaseApprovals.decidedByPartnerUserId, actor.id), eq(purchaseApprovals.approvalIdempotencyKey, key)),
      )
      .limit(1);
    if (earlier) {
      const asked = await findPartnerApproval(tx, actor, approvalId);
      if (asked?.approval.id !== earlier.id || earlier.status !== "approved") {
        return fail("idempotency_key_reused", "purchaseApprovals.errors.approvalKeyReused");
      }
      return ok(await approvedPurchase(tx, earlier));
    }
    if (await keyUsedForAnOrder(tx, actor, key)) {
      return fail("idempotency_key_reused", "purchaseApprovals.errors.approvalKeyReused");
    }
    const found = await findPendingApproval(tx, actor, approvalId);
    if (!found.ok) return found;
    return buyApproved(tx, actor, found.data.approval, key, found.data.customer);
  });
}

async function buyApproved(
  tx: Tx,
  actor: PartnerActor,
  approval: typeof purchaseApprovals.$inferSelect,
  key: string,
  customer: { id: number; companyName: string },
): Promise<Result<ApprovedPurchase>> {
  const buyer = await loadCustomerActor(tx, approval.requestedByCustomerUserId);
  if (!buyer) return fail("conflict", "purchaseApprovals.errors.requesterGone");
  const item = storedPurchase(approval.kind, approval.choice);
  if ("ok" in item) return item;
  const at = new Date();
  const quoted = atQuotedPrice(approval.createdAt, at)
    ? { totalMinor: approval.quotedTotalMinor, unitPriceMinor: approval.quotedUnitPriceMinor }
    : undefined;
  const checked = await checkPurchase(tx, buyer, undefined, item, { at, approving: true, quoted });
  if (!checked.ok) return checked;
  const { order } = await writeOrder(tx, buyer, checked.data, at);
  // Decided once: the row changes only while it is still pending, and its order index takes one order.
  const decided = await tx
    .update(purchaseApprovals)
    .set({
      status: "approved",
      orderId: order.id,
      decidedByPartnerUserId: actor.id,
      decidedAt: at,
      approvalIdempotencyKey: key,
    })
    .where(and(eq(purchaseApprovals.id, approval.id), eq(purchaseApprovals.status, "pending")))
    .returning();
  if (decided.length !== 1) throw new Error(`Purchase approval ${approval.approvalId} was decided meanwhile`);
  await recordActivity(tx, {
    actor,
    customer,
    operationType: "approve_purchase",
    resourceType: "purchase_approval",
    oldValue: { id: approval.approvalId, status: "pending" },
    newValue: {
      id: approval.approvalId,
      status: "approved",
      orderId: order.orderId,
      atQuotedPrice: quoted !== undefined,
      total: { amountMinor: order.totalMinor, currency: order.currency },
    },
    at,
  });
  return ok(await approvedPurchase(tx, decided[0]));
}

export const declinePurchaseInput = z.object({
  approvalId: microsoftId,
  reason: z
    .string({ message: reason("purchaseApprovals.errors.declineReasonRequired") })
    .trim()
    .min(1, reason("purchaseApprovals.errors.declineReasonRequired"))
    .max(1000, reason("purchaseApprovals.errors.declineReasonTooLong")),
});

/** Declines a submitted purchase with a reason the customer sees in their Requests; nothing is bought. */
export async function declinePurchase(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<{ approvalId: string }>> {
  const input = parseInput(declinePurchaseInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<{ approvalId: string }>> => {
    const found = await findPendingApproval(tx, actor, input.data.approvalId);
    if (!found.ok) return found;
    const { approval, customer } = found.data;
    const at = new Date();
    const decided = await tx
      .update(purchaseApprovals)
      .set({ status: "declined", declineReason: input.data.reason, decidedByPartnerUserId: actor.id, decidedAt: at })
      .where(and(eq(purchaseApprovals.id, approval.id), eq(purchaseApprovals.status, "pending")))
      .returning({ id: purchaseApprovals.id });
    if (decided.length !== 1) throw new Error(`Purchase approval ${approval.approvalId} was decided meanwhile`);
    await recordActivity(tx, {
      actor,
      customer,
      operationType: "decline_purchase",
      resourceType: "purchase_approval",
      oldValue: { id: approval.approvalId, status: "pending" },
      newValue: { id: approval.approvalId, status: "declined", reason: input.data.reason },
      at,
    });
    return ok({ approvalId: approval.approvalId });
  });
}
