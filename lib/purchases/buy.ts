import type { Tx } from "@/db/client";
import type { BillingPlan, ReservationScope, ReservationTerm } from "@/db/schema";
import { loadActor, type ActorRef } from "@/lib/access/actor";
import { inActorTransaction, inResultTransaction } from "@/lib/access/write-transaction";
import { oncePerIdempotencyKey, type OrderOperation } from "@/lib/orders/idempotency";
import { storedCustomerId, storedSubscriptionId } from "@/lib/orders/stored-ids";
import type { MonthlyPayments } from "@/lib/pricing/customer-price";
import { fail, ok, type Result } from "@/lib/result";
import { checkPurchase, type CheckedPurchase } from "./check-purchase";
import { refusalsFor, type PurchaseItem } from "./purchase-item";
import { writeOrder } from "./write-order";

/** What the review shows of a customer's purchase controls: this month's limit and whether Buy becomes Submit. */
export type ControlsInReview = {
  limitMinor: number | null;
  usedMinor: number;
  leftMinor: number | null;
  /** Above this commitment a purchase is submitted for approval instead of bought. */
  approvalAboveMinor: number | null;
  needsApproval: boolean;
};

function controlsInReview(checked: CheckedPurchase): ControlsInReview | null {
  if (!checked.controls) return null;
  const { allowance, verdict } = checked.controls;
  return {
    limitMinor: allowance.monthlyLimitMinor,
    usedMinor: allowance.usedMinor,
    leftMinor: allowance.leftMinor,
    approvalAboveMinor: allowance.approvalAboveMinor,
    needsApproval: verdict.kind === "needs_approval",
  };
}

/** What the review of either kind shows: codes and names the form puts into words, and the figures. */
export type PurchaseReview = {
  term: ReservationTerm;
  billingPlan: BillingPlan;
  subscription: { friendlyName: string; subscriptionId: string };
  scope: ReservationScope;
  resourceGroup: string | null;
  currency: string;
  totalMinor: number;
  monthly: MonthlyPayments | null;
  /** The Web Direct price, shown to partner users only. */
  listTotalMinor: number | null;
  /** A customer user's purchase controls this month; null for the partner's own purchases. */
  controls: ControlsInReview | null;
};

/**
 * The review step of either kind: every rule checked and the partner's price computed, nothing written. `describe`
 * adds what only that kind shows (the product and quantity, or the hourly commitment).
 */
export async function reviewPurchase<I extends PurchaseItem, Q>(
  actorRef: ActorRef | null,
  customerId: string | undefined,
  item: I,
  describe: (item: I) => Q,
): Promise<Result<PurchaseReview & Q>> {
  if (!actorRef) return fail("unauthenticated");
  return inResultTransaction("read", async (tx): Promise<Result<PurchaseReview & Q>> => {
    const actor = await loadActor(tx, actorRef);
    if (!actor) return fail("unauthenticated");
    if (actor.kind === "customer_user" && actor.mustChangePassword) return fail("password_change_required");
    const checked = await checkPurchase(tx, actor, customerId, item, { at: new Date() });
    if (!checked.ok) return checked;
    const { price, subscription, currency } = checked.data;
    const { choice } = checked.data.item;
    return ok({
      term: choice.term,
      billingPlan: choice.billingPlan,
      subscription: { friendlyName: subscription.friendlyName, subscriptionId: subscription.subscriptionId },
      scope: choice.scope,
      resourceGroup: choice.scope === "resource_group" ? (choice.resourceGroup ?? null) : null,
      currency,
      totalMinor: price.totalMinor,
      monthly: price.monthly,
      listTotalMinor: actor.kind === "partner_user" ? price.listTotalMinor : null,
      controls: controlsInReview(checked.data),
      ...describe(checked.data.item),
    });
  });
}

export type PurchaseRequest<I extends PurchaseItem, R> = {
  key: string;
  operation: Extract<OrderOperation, "purchase_reservation" | "purchase_savings_plan">;
  /** The validated request without its key, as a repeat must match it. */
  request: { customerId?: string; billingSubscriptionId: string } & Record<string, unknown>;
  customerId: string | undefined;
  item: I;
  /** The total the buyer reviewed: if the price has changed since, the purchase stops for a new review. */
  expectedTotalMinor: number | undefined;
  /** The result of an order already made, read back from what it wrote. */
  replay: (tx: Tx, orderRowId: number) => Promise<R>;
};

/**
 * Buys a reservation or a savings plan: a customer user for their own company (when the partner allows it, within
 * its purchase controls), or a partner's Admin agent on the customer's behalf, at the partner's price of this moment.
 * Order, what was bought and the activity entry are one transaction, made once per idempotency key: the same Buy
 * sent again answers the first one's order. Over the approval amount nothing is bought: it is to be submitted.
 */
export async function buyPurchase<I extends PurchaseItem, R>(
  actorRef: ActorRef | null,
  purchase: PurchaseRequest<I, R>,
): Promise<Result<R>> {
  return inActorTransaction(actorRef, async (tx, actor) =>
    oncePerIdempotencyKey(tx, {
      actor,
      key: purchase.key,
      operation: purchase.operation,
      request: {
        ...purchase.request,
        customerId: await storedCustomerId(tx, actor, purchase.request.customerId),
        billingSubscriptionId: await storedSubscriptionId(tx, actor, purchase.request.billingSubscriptionId),
      },
      replay: (orderRowId) => purchase.replay(tx, orderRowId),
      create: async () => {
        const at = new Date();
        const checked = await checkPurchase(tx, actor, purchase.customerId, purchase.item, { at });
        if (!checked.ok) return checked;
        const { price, currency, controls } = checked.data;
        const expected = purchase.expectedTotalMinor;
        if (expected !== undefined && expected !== price.totalMinor) {
          return fail("conflict", refusalsFor[purchase.item.kind].priceChanged, {
            total: { amountMinor: price.totalMinor, currency },
          });
        }
        if (controls?.verdict.kind === "needs_approval") {
          return fail("approval_required", "purchaseControls.errors.approvalRequired", {
            above: { amountMinor: controls.verdict.approvalAboveMinor, currency },
            total: { amountMinor: price.totalMinor, currency },
          });
        }
        const { order } = await writeOrder(tx, actor, checked.data, at);
        return ok({ orderRowId: order.id, result: await purchase.replay(tx, order.id) });
      },
    }),
  );
}
