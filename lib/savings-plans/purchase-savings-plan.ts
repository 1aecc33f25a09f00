import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import {
  notifications,
  orderLines,
  orders,
  partnerSettings,
  reservations,
  savingsPlans,
  type BillingPlan,
  type Order,
  type ReservationScope,
  type ReservationTerm,
  type SavingsPlan,
} from "@/db/schema";
import { loadActor, type Actor, type ActorRef } from "@/lib/access/actor";
import { inActorTransaction, inResultTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { idempotencyKey, oncePerIdempotencyKey } from "@/lib/orders/idempotency";
import { storedCustomerId, storedSubscriptionId } from "@/lib/orders/stored-ids";
import { spreadOverMonths, type MonthlyPayments } from "@/lib/pricing/customer-price";
import { released, returnedLines } from "@/lib/reservations/returned-lines";
import type { ReturnedInExchange } from "@/lib/reservations/write-reservation-purchase";
import { addMonths } from "@/lib/reservations/term-dates";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput } from "@/lib/validation";
import {
  checkSavingsPlanPurchase,
  savingsPlanChoiceInput,
  type CheckedSavingsPlanPurchase,
} from "./check-savings-plan-purchase";
import { formatHourlyCommitment, savingsPlanOfferIds, savingsPlanTermMonths } from "./savings-plan-rules";

export const savingsPlanPurchaseInput = z.intersection(
  z.object({
    customerId: microsoftId.optional(),
    /** The total the buyer reviewed: if the price has changed since, the purchase stops for a new review. */
    expectedTotalMinor: z.number().int().nonnegative().optional(),
  }),
  savingsPlanChoiceInput,
);

/** The review: what would be bought, as codes and figures the form puts into words. */
export type SavingsPlanQuote = {
  hourlyCommitmentMills: number;
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
};

export type SavingsPlanPurchaseResult = {
  orderId: string;
  savingsPlanId: string;
  displayName: string;
  totalMinor: number;
  monthly: MonthlyPayments | null;
  currency: string;
};

/** The review step: every rule checked and the partner's price computed, nothing written. */
export async function quoteSavingsPlan(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<SavingsPlanQuote>> {
  const input = parseInput(savingsPlanPurchaseInput, rawInput);
  if (!input.ok) return input;
  if (!actorRef) return fail("unauthenticated");
  return inResultTransaction("read", async (tx): Promise<Result<SavingsPlanQuote>> => {
    const actor = await loadActor(tx, actorRef);
    if (!actor) return fail("unauthenticated");
    if (actor.kind === "customer_user" && actor.mustChangePassword) return fail("password_change_required");
    const checked = await checkSavingsPlanPurchase(tx, actor, input.data.customerId, input.data);
    if (!checked.ok) return checked;
    const { choice, price, subscription, currency } = checked.data;
    return ok({
      hourlyCommitmentMills: choice.hourlyCommitment,
      term: choice.term,
      billingPlan: choice.billingPlan,
      subscription: { friendlyName: subscription.friendlyName, subscriptionId: subscription.subscriptionId },
      scope: choice.scope,
      resourceGroup: choice.scope === "resource_group" ? (choice.resourceGroup ?? null) : null,
      currency,
      totalMinor: price.totalMinor,
      monthly: price.monthly,
      listTotalMinor: actor.kind === "partner_user" ? price.listTotalMinor : null,
    });
  });
}

function purchaseResult(order: Order, plan: SavingsPlan): SavingsPlanPurchaseResult {
  return {
    orderId: order.orderId,
    savingsPlanId: plan.savingsPlanId,
    displayName: plan.displayName,
    totalMinor: order.totalMinor,
    monthly:
      plan.billingPlan === "monthly" ? spreadOverMonths(order.totalMinor, savingsPlanTermMonths[plan.term]) : null,
    currency: order.currency,
  };
}

async function readPurchase(tx: Tx, orderRowId: number): Promise<SavingsPlanPurchaseResult> {
  const [row] = await tx
    .select({ order: orders, plan: savingsPlans })
    .from(orders)
    .innerJoin(savingsPlans, eq(savingsPlans.orderId, orders.id))
    .where(eq(orders.id, orderRowId))
    .limit(1);
  return purchaseResult(row.order, row.plan);
}

/** Azure's default name: the kind and the purchase time, e.g. SavingsPlan_12-01-2026_09-30. */
function defaultDisplayName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `SavingsPlan_${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}-${at.getUTCFullYear()}_${pad(at.getUTCHours())}-${pad(at.getUTCMinutes())}`;
}

/**
 * Writes a checked savings plan purchase: its order and line, the savings plan, the "Create Order" entry, and a
 * notification of a customer's own purchase when the partner asked for purchase alerts. Inside the transaction
 * that checked it; exported for the seed, which records past purchases through the same writes.
 */
export async function writeSavingsPlanPurchase(
  tx: Tx,
  actor: Actor,
  purchase: CheckedSavingsPlanPurchase,
  at: Date,
  tradedIn?: ReturnedInExchange,
): Promise<{ orderRowId: number; result: SavingsPlanPurchaseResult }> {
  const { customer, subscription, choice, price, currency, channel } = purchase;
  const releasedMinor = tradedIn ? released(tradedIn.amounts) : 0;
  const [order] = await tx
    .insert(orders)
    .values({
      orderId: crypto.randomUUID(),
      customerId: customer.id,
      channel,
      placedByPartnerUserId: actor.kind === "partner_user" ? actor.id : null,
      placedByCustomerUserId: actor.kind === "customer_user" ? actor.id : null,
      placedByEmail: actor.email,
      currency,
      totalMinor: price.totalMinor - releasedMinor,
      createdAt: at,
    })
    .returning();
  const commitment = `${formatHourlyCommitment(choice.hourlyCommitment)} ${currency}/hour`;
  const [plan] = await tx
    .insert(savingsPlans)
    .values({
      savingsPlanId: crypto.randomUUID(),
      customerId: customer.id,
      orderId: order.id,
      displayName: defaultDisplayName(at),
      hourlyCommitmentMills: choice.hourlyCommitment,
      term: choice.term,
      billingPlan: choice.billingPlan,
      billingSubscriptionId: subscription.id,
      scope: choice.scope,
      resourceGroup: choice.scope === "resource_group" ? (choice.resourceGroup ?? null) : null,
      scopeSubscriptionId: choice.scope === "shared" ? null : subscription.id,
      tradedInReservationId: tradedIn?.reservation.id ?? null,
      createdAt: at,
      expiresAt: addMonths(at, savingsPlanTermMonths[choice.term]),
    })
    .returning();
  const billingCycle = choice.billingPlan === "upfront" ? "one_time" : "monthly";
  await tx.insert(orderLines).values({
    orderId: order.id,
    offerId: savingsPlanOfferIds[choice.term],
    offerName: `Azure savings plan for compute, ${commitment}`,
    quantity: 1,
    unitPriceMinor: price.totalMinor,
    termDuration: choice.term,
    billingCycle,
    subscriptionId: subscription.id,
  });
  const lineItems = [
    {
      catalogItemId: savingsPlanOfferIds[choice.term],
      productName: "Azure savings plan for compute",
      hourlyCommitment: formatHourlyCommitment(choice.hourlyCommitment),
      termDuration: choice.term,
      billingCycle,
      provisioningContext: {
        subscriptionId: subscription.subscriptionId,
        scope: choice.scope,
        ...(plan.resourceGroup && { resourceGroup: plan.resourceGroup }),
      },
    },
  ];
  if (tradedIn) {
    const given = tradedIn.reservation;
    await tx.insert(orderLines).values(
      returnedLines(given, tradedIn.quantity, tradedIn.amounts, {
        orderRowId: order.id,
        offerName: `${given.productName} reservation traded in for a savings plan`,
      }),
    );
    const quantityLeft = given.quantity - tradedIn.quantity;
    const status = quantityLeft === 0 ? "exchanged" : "active";
    await tx.update(reservations).set({ quantity: quantityLeft, status }).where(eq(reservations.id, given.id));
    await recordActivity(tx, {
      actor,
      customer,
      operationType: "trade_in_reservation",
      resourceType: "reservation",
      oldValue: { id: given.reservationId, quantity: given.quantity, status: given.status },
      newValue: {
        id: given.reservationId,
        quantity: quantityLeft,
        status,
        tradeIn: {
          orderId: order.orderId,
          returned: { quantity: tradedIn.quantity, creditMinor: tradedIn.amounts.refundMinor },
          lineItems,
          savingsPlanId: plan.savingsPlanId,
          total: { amountMinor: order.totalMinor, currency },
        },
      },
      at,
    });
    return { orderRowId: order.id, result: purchaseResult(order, plan) };
  }
  await recordActivity(tx, {
    actor,
    customer,
    operationType: "create_order",
    resourceType: "order",
    oldValue: null,
    newValue: {
      id: order.orderId,
      channel,
      lineItems,
      savingsPlanId: plan.savingsPlanId,
      total: { amountMinor: price.totalMinor, currency },
    },
    at,
  });
  const [alerts] = await tx
    .select()
    .from(partnerSettings)
    .where(eq(partnerSettings.partnerId, customer.partnerId))
    .limit(1);
  if (channel === "customer_self_service" && alerts?.purchaseAlerts) {
    await tx.insert(notifications).values({
      partnerId: customer.partnerId,
      customerId: customer.id,
      kind: "savings_plan_purchased",
      params: {
        buyer: actor.displayName,
        customer: customer.companyName,
        // In cents, like every amount; a commitment is in thousandths, so 1.255 an hour is 125.5 cents.
        hourlyCommitmentMinor: choice.hourlyCommitment / 10,
        totalMinor: price.totalMinor,
        currency,
      },
      link: `/customers/${customer.tenantId}/savings-plans`,
      createdAt: at,
    });
  }
  return { orderRowId: order.id, result: purchaseResult(order, plan) };
}

/**
 * Buys an Azure savings plan: a customer user for their own company (when the partner allows it), or an Admin
 * agent on the customer's behalf, at the partner's savings-plan price of this moment. Order, savings plan and
 * activity entry are one transaction, made once per idempotency key.
 */
export async function purchaseSavingsPlan(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<SavingsPlanPurchaseResult>> {
  const key = parseInput(z.object({ idempotencyKey }), rawInput);
  if (!key.ok) return key;
  const input = parseInput(savingsPlanPurchaseInput, rawInput);
  if (!input.ok) return input;
  return inActorTransaction(actorRef, async (tx, actor) =>
    oncePerIdempotencyKey(tx, {
      actor,
      key: key.data.idempotencyKey,
      operation: "purchase_savings_plan",
      request: {
        ...input.data,
        customerId: await storedCustomerId(tx, actor, input.data.customerId),
        billingSubscriptionId: await storedSubscriptionId(tx, actor, input.data.billingSubscriptionId),
      },
      replay: (orderRowId) => readPurchase(tx, orderRowId),
      create: async () => {
        const checked = await checkSavingsPlanPurchase(tx, actor, input.data.customerId, input.data);
        if (!checked.ok) return checked;
        const { price, currency } = checked.data;
        const expected = input.data.expectedTotalMinor;
        if (expected !== undefined && expected !== price.totalMinor) {
          return fail("conflict", "savingsPlans.errors.priceChanged", {
            total: { amountMinor: price.totalMinor, currency },
          });
        }
        return ok(await writeSavingsPlanPurchase(tx, actor, checked.data, new Date()));
      },
    }),
  );
}
