import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { notifications, partnerSettings, purchaseApprovals, type PurchaseKind } from "@/db/schema";
import type { ActorRef, CustomerActor } from "@/lib/access/actor";
import { inActorTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { idempotencyKey } from "@/lib/orders/idempotency";
import { checkPurchase, type CheckedPurchase } from "@/lib/purchases/check-purchase";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import { describePurchase } from "./describe-purchase";
import { parsePurchaseOfKind, purchaseKind } from "./purchase-of-kind";

const submitInput = z.object({ kind: purchaseKind, idempotencyKey });

export type Submission = { approvalId: string; totalMinor: number; currency: string };

/**
 * A customer user submits a purchase above their approval amount: nothing is bought and no order exists; the
 * partner's Admin agents approve or decline it from Requests. Every other rule of a purchase is checked now, and
 * again on approval. Once per idempotency key (a unique index on the user and the key): the same Submit sent twice
 * is one submission. Writes "Submit Purchase For Approval", and notifies the partner as for other requests.
 */
export async function submitPurchaseForApproval(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<Submission>> {
  const input = parseInput(submitInput, rawInput);
  if (!input.ok) return input;
  const parsed = parsePurchaseOfKind(input.data.kind, rawInput);
  if (!parsed.ok) return parsed;
  const choice = JSON.stringify(parsed.choice);

  return inActorTransaction(actorRef, async (tx, actor): Promise<Result<Submission>> => {
    if (actor.kind !== "customer_user") return fail("forbidden", "purchaseApprovals.errors.onlyCustomerUsers");
    const [earlier] = await tx
      .select()
      .from(purchaseApprovals)
      .where(
        and(
          eq(purchaseApprovals.requestedByCustomerUserId, actor.id),
          eq(purchaseApprovals.submitIdempotencyKey, input.data.idempotencyKey),
        ),
      )
      .limit(1);
    if (earlier) {
      if (earlier.kind !== input.data.kind || earlier.choice !== choice) return fail("idempotency_key_reused");
      return ok({ approvalId: earlier.approvalId, totalMinor: earlier.quotedTotalMinor, currency: earlier.currency });
    }

    const at = new Date();
    const checked = await checkPurchase(tx, actor, undefined, parsed.item, { at });
    if (!checked.ok) return checked;
    const { price, currency, controls } = checked.data;
    if (controls?.verdict.kind !== "needs_approval") {
      return fail("conflict", "purchaseApprovals.errors.noApprovalNeeded");
    }
    const submitted = await writeSubmission(tx, actor, checked.data, {
      kind: input.data.kind,
      choice: parsed.choice,
      idempotencyKey: input.data.idempotencyKey,
      at,
    });
    return ok({ approvalId: submitted.approvalId, totalMinor: price.totalMinor, currency });
  });
}

/**
 * Writes a checked purchase as submitted for approval: the submission, its "Submit Purchase For Approval" entry, and
 * the partner's notification when they asked for alerts. Inside the transaction that checked it; the seed writes its
 * pending purchase through it too.
 */
export async function writeSubmission(
  tx: Tx,
  actor: CustomerActor,
  purchase: CheckedPurchase,
  submission: { kind: PurchaseKind; choice: Record<string, unknown>; idempotencyKey: string; at: Date },
) {
  const { customer, price, currency } = purchase;
  const [submitted] = await tx
    .insert(purchaseApprovals)
    .values({
      approvalId: crypto.randomUUID(),
      customerId: customer.id,
      requestedByCustomerUserId: actor.id,
      kind: submission.kind,
      choice: JSON.stringify(submission.choice),
      currency,
      quotedTotalMinor: price.totalMinor,
      quotedUnitPriceMinor: price.unitPriceMinor,
      submitIdempotencyKey: submission.idempotencyKey,
      createdAt: submission.at,
    })
    .returning();
  const product = describePurchase(purchase.item);
  await recordActivity(tx, {
    actor,
    customer,
    operationType: "submit_purchase_for_approval",
    resourceType: "purchase_approval",
    oldValue: null,
    newValue: {
      id: submitted.approvalId,
      kind: submitted.kind,
      product,
      choice: submission.choice,
      total: { amountMinor: price.totalMinor, currency },
    },
    at: submission.at,
  });
  const [settings] = await tx
    .select({ purchaseAlerts: partnerSettings.purchaseAlerts })
    .from(partnerSettings)
    .where(eq(partnerSettings.partnerId, customer.partnerId))
    .limit(1);
  if (settings?.purchaseAlerts) {
    await tx.insert(notifications).values({
      partnerId: customer.partnerId,
      customerId: customer.id,
      kind: "purchase_submitted",
      params: {
        requester: actor.displayName,
        customer: customer.companyName,
        product,
        totalMinor: price.totalMinor,
        currency,
      },
      link: "/requests",
      createdAt: submission.at,
    });
  }
  return submitted;
}
