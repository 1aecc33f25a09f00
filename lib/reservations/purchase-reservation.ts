import { z } from "zod";
import type { ActorRef } from "@/lib/access/actor";
import { idempotencyKey } from "@/lib/orders/idempotency";
import { buyPurchase, reviewPurchase, type PurchaseReview } from "@/lib/purchases/buy";
import type { Result } from "@/lib/result";
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

/** The review of a reservation purchase: what every review shows, and the product, region and quantity. */
export type ReservationQuote = PurchaseReview & {
  productName: string;
  /** The region's code ("westus2"). */
  region: string;
  quantity: number;
};

/** The review step: every rule checked and the partner's price computed, nothing written. */
export async function quoteReservation(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<ReservationQuote>> {
  const parsed = parseReservationPurchase(rawInput);
  if (!parsed.ok) return parsed;
  const { input, product } = parsed;
  const item = { kind: "reservation" as const, choice: input, product };
  return reviewPurchase(actorRef, input.customerId, item, ({ choice }) => ({
    productName: product.name,
    region: choice.region,
    quantity: choice.quantity,
  }));
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
