import { z } from "zod";
import type { ActorRef } from "@/lib/access/actor";
import { idempotencyKey } from "@/lib/orders/idempotency";
import type { MonthlyPayments } from "@/lib/pricing/customer-price";
import { buyPurchase, controlsInReview, reviewPurchase, type ControlsInReview } from "@/lib/purchases/buy";
import type { Result } from "@/lib/result";
import type { BillingPlan, ReservationScope, ReservationTerm } from "@/db/schema";
import { microsoftId, parseInput } from "@/lib/validation";
import { catalogFailure, checkAgainstCatalog, reservationChoiceInput } from "./reservation-choice";
import { readReservationPurchase, type ReservationPurchaseResult } from "./reservation-purchase-result";

/** A purchase request: the customer (required for partner users; a customer user's own otherwise) and the choice. */
export const reservationPurchaseInput = z.intersection(
  z.object({
    customerId: microsoftId.optional(),
    /** The total the buyer reviewed: if the price has changed since, the purchase stops for a new review. */
    expectedTotalMinor: z.number().int().nonnegative().optional(),
  }),
  reservationChoiceInput,
);

export function parseReservationPurchase(rawInput: unknown) {
  const input = parseInput(reservationPurchaseInput, rawInput);
  if (!input.ok) return input;
  const catalog = checkAgainstCatalog(input.data);
  if (!catalog.ok) return catalogFailure(catalog.fieldErrors);
  return { ok: true as const, input: input.data, product: catalog.product };
}

/** The review of a purchase: codes and names the form puts into words, and the figures. */
export type ReservationQuote = {
  productName: string;
  /** The region's code ("westus2"). */
  region: string;
  term: ReservationTerm;
  billingPlan: BillingPlan;
  quantity: number;
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

/** The review step: every rule checked and the partner's price computed, nothing written. */
export async function quoteReservation(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<ReservationQuote>> {
  const parsed = parseReservationPurchase(rawInput);
  if (!parsed.ok) return parsed;
  const { input, product } = parsed;
  return reviewPurchase(
    actorRef,
    input.customerId,
    { kind: "reservation", choice: input, product },
    (checked, actor) => {
      const { item, price, subscription } = checked;
      const { choice } = item;
      return {
        productName: product.name,
        region: choice.region,
        term: choice.term,
        billingPlan: choice.billingPlan,
        quantity: choice.quantity,
        subscription: { friendlyName: subscription.friendlyName, subscriptionId: subscription.subscriptionId },
        scope: choice.scope,
        resourceGroup: choice.scope === "resource_group" ? (choice.resourceGroup ?? null) : null,
        currency: checked.currency,
        totalMinor: price.totalMinor,
        monthly: price.monthly,
        listTotalMinor: actor.kind === "partner_user" ? price.listTotalMinor : null,
        controls: controlsInReview(checked),
      };
    },
  );
}

/**
 * Buys an Azure reservation through the one purchase path (lib/purchases/buy.ts): a customer user for their own
 * company, or a partner's Admin agent on the customer's behalf, once per idempotency key.
 */
export async function purchaseReservation(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<ReservationPurchaseResult>> {
  const key = parseInput(z.object({ idempotencyKey }), rawInput);
  if (!key.ok) return key;
  const parsed = parseReservationPurchase(rawInput);
  if (!parsed.ok) return parsed;
  const { input, product } = parsed;
  return buyPurchase(actorRef, {
    key: key.data.idempotencyKey,
    operation: "purchase_reservation",
    request: input,
    customerId: input.customerId,
    item: { kind: "reservation", choice: input, product },
    expectedTotalMinor: input.expectedTotalMinor,
    replay: readReservationPurchase,
  });
}
