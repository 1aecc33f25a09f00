import { z } from "zod";
import { loadActor, type ActorRef } from "@/lib/access/actor";
import { inActorTransaction, inResultTransaction } from "@/lib/access/write-transaction";
import { idempotencyKey, oncePerIdempotencyKey } from "@/lib/orders/idempotency";
import { storedCustomerId, storedSubscriptionId } from "@/lib/orders/stored-ids";
import type { MonthlyPayments } from "@/lib/pricing/customer-price";
import { fail, ok, type Result } from "@/lib/result";
import type { BillingPlan, ReservationScope, ReservationTerm } from "@/db/schema";
import { microsoftId, parseInput } from "@/lib/validation";
import { checkReservationPurchase } from "./check-reservation-purchase";
import { catalogFailure, checkAgainstCatalog, reservationChoiceInput } from "./reservation-choice";
import {
  readReservationPurchase,
  writeReservationPurchase,
  type ReservationPurchaseResult,
} from "./write-reservation-purchase";

/** A purchase request: the customer (required for partner users; a customer user's own otherwise) and the choice. */
export const reservationPurchaseInput = z.intersection(
  z.object({
    customerId: microsoftId.optional(),
    /** The total the buyer reviewed: if the price has changed since, the purchase stops for a new review. */
    expectedTotalMinor: z.number().int().nonnegative().optional(),
  }),
  reservationChoiceInput,
);

function parsePurchase(rawInput: unknown) {
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
};

/** The review step: every rule checked and the partner's price computed, nothing written. */
export async function quoteReservation(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<ReservationQuote>> {
  const parsed = parsePurchase(rawInput);
  if (!parsed.ok) return parsed;
  if (!actorRef) return fail("unauthenticated");
  return inResultTransaction("read", async (tx): Promise<Result<ReservationQuote>> => {
    const actor = await loadActor(tx, actorRef);
    if (!actor) return fail("unauthenticated");
    if (actor.kind === "customer_user" && actor.mustChangePassword) return fail("password_change_required");
    const checked = await checkReservationPurchase(tx, actor, parsed.input.customerId, parsed.input, parsed.product);
    if (!checked.ok) return checked;
    const { choice, price, subscription } = checked.data;
    return ok({
      productName: parsed.product.name,
      region: choice.region,
      term: choice.term,
      billingPlan: choice.billingPlan,
      quantity: choice.quantity,
      subscription: { friendlyName: subscription.friendlyName, subscriptionId: subscription.subscriptionId },
      scope: choice.scope,
      resourceGroup: choice.scope === "resource_group" ? (choice.resourceGroup ?? null) : null,
      currency: checked.data.currency,
      totalMinor: price.totalMinor,
      monthly: price.monthly,
      listTotalMinor: actor.kind === "partner_user" ? price.listTotalMinor : null,
    });
  });
}

/**
 * Buys an Azure reservation: a customer user for their own company (when the partner allows it), or a
 * partner's Admin agent on the customer's behalf. The price comes from the partner's price list at this
 * moment and is stored on the order. Order, reservation and activity entry are one transaction, made once
 * per idempotency key: the same Buy sent again answers the first one's order.
 */
export async function purchaseReservation(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<ReservationPurchaseResult>> {
  const key = parseInput(z.object({ idempotencyKey }), rawInput);
  if (!key.ok) return key;
  const parsed = parsePurchase(rawInput);
  if (!parsed.ok) return parsed;
  return inActorTransaction(actorRef, async (tx, actor) =>
    oncePerIdempotencyKey(tx, {
      actor,
      key: key.data.idempotencyKey,
      operation: "purchase_reservation",
      request: {
        ...parsed.input,
        customerId: await storedCustomerId(tx, actor, parsed.input.customerId),
        billingSubscriptionId: await storedSubscriptionId(tx, actor, parsed.input.billingSubscriptionId),
      },
      replay: (orderRowId) => readReservationPurchase(tx, orderRowId),
      create: async () => {
        const checked = await checkReservationPurchase(
          tx,
          actor,
          parsed.input.customerId,
          parsed.input,
          parsed.product,
        );
        if (!checked.ok) return checked;
        const { price, currency } = checked.data;
        const expected = parsed.input.expectedTotalMinor;
        if (expected !== undefined && expected !== price.totalMinor) {
          return fail("conflict", "reservations.errors.priceChanged", {
            total: { amountMinor: price.totalMinor, currency },
          });
        }
        return ok(await writeReservationPurchase(tx, actor, checked.data, new Date()));
      },
    }),
  );
}
