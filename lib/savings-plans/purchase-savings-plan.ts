import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { orders, savingsPlans, type Order, type SavingsPlan } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { idempotencyKey } from "@/lib/orders/idempotency";
import { spreadOverMonths, type MonthlyPayments } from "@/lib/pricing/customer-price";
import { buyPurchase, reviewPurchase, type PurchaseReview } from "@/lib/purchases/buy";
import type { Result } from "@/lib/result";
import { microsoftId, parseInput } from "@/lib/validation";
import { savingsPlanChoiceInput } from "./savings-plan-choice";
import { savingsPlanTermMonths } from "./savings-plan-rules";

export const savingsPlanPurchaseInput = z.intersection(
  z.object({
    customerId: microsoftId.optional(),
    /** The total the buyer reviewed: if the price has changed since, the purchase stops for a new review. */
    expectedTotalMinor: z.number().int().nonnegative().optional(),
  }),
  savingsPlanChoiceInput,
);

/** The review of a savings plan purchase: what every review shows, and the hourly commitment. */
export type SavingsPlanQuote = PurchaseReview & { hourlyCommitmentMills: number };

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
  const item = { kind: "savings_plan" as const, choice: input.data };
  return reviewPurchase(actorRef, input.data.customerId, item, ({ choice }) => ({
    hourlyCommitmentMills: choice.hourlyCommitment,
  }));
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

/** The result of a savings plan purchase already made, by its order's row id. */
export async function readSavingsPlanPurchase(tx: Tx, orderRowId: number): Promise<SavingsPlanPurchaseResult> {
  const [row] = await tx
    .select({ order: orders, plan: savingsPlans })
    .from(orders)
    .innerJoin(savingsPlans, eq(savingsPlans.orderId, orders.id))
    .where(eq(orders.id, orderRowId))
    .limit(1);
  return purchaseResult(row.order, row.plan);
}

/**
 * Buys an Azure savings plan through the one purchase path (lib/purchases/buy.ts): a customer user for their own
 * company, or an Admin agent on the customer's behalf, once per idempotency key.
 */
export async function purchaseSavingsPlan(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<SavingsPlanPurchaseResult>> {
  const key = parseInput(z.object({ idempotencyKey }), rawInput);
  if (!key.ok) return key;
  const input = parseInput(savingsPlanPurchaseInput, rawInput);
  if (!input.ok) return input;
  return buyPurchase(actorRef, {
    key: key.data.idempotencyKey,
    operation: "purchase_savings_plan",
    request: input.data,
    customerId: input.data.customerId,
    item: { kind: "savings_plan", choice: input.data },
    expectedTotalMinor: input.data.expectedTotalMinor,
    replay: readSavingsPlanPurchase,
  });
}
