import { z } from "zod";
import { purchaseKinds, type PurchaseKind } from "@/db/schema";
import type { PurchaseItem } from "@/lib/purchases/purchase-item";
import { parseReservationPurchase } from "@/lib/reservations/purchase-reservation";
import { fail, type Failure } from "@/lib/result";
import { savingsPlanPurchaseInput } from "@/lib/savings-plans/purchase-savings-plan";
import { parseInput, reason } from "@/lib/validation";

export const purchaseKind = z.enum(purchaseKinds, { message: reason("purchaseApprovals.errors.kind") });

/**
 * A purchase of either kind as the purchase forms send it (the reservation's or the savings plan's fields): the item
 * it buys, and the choice as it is kept with a submission, to be checked again when it is approved.
 */
export function parsePurchaseOfKind(
  kind: PurchaseKind,
  rawInput: unknown,
): { ok: true; item: PurchaseItem; choice: Record<string, unknown> } | Failure {
  if (kind === "reservation") {
    const parsed = parseReservationPurchase(rawInput);
    if (!parsed.ok) return parsed;
    const { customerId: _customer, expectedTotalMinor: _total, ...choice } = parsed.input;
    return { ok: true, item: { kind, choice: parsed.input, product: parsed.product }, choice };
  }
  const parsed = parseInput(savingsPlanPurchaseInput, rawInput);
  if (!parsed.ok) return parsed;
  const { customerId: _customer, expectedTotalMinor: _total, ...choice } = parsed.data;
  // Kept as typed, in thousandths turned back to the form's decimal, so that parsing it again gives the same plan.
  return {
    ok: true,
    item: { kind, choice: parsed.data },
    choice: { ...choice, hourlyCommitment: (choice.hourlyCommitment / 1000).toFixed(3) },
  };
}

/** A kept submission's purchase, parsed again as it was submitted. */
export function storedPurchase(kind: PurchaseKind, choice: string): PurchaseItem | Failure {
  const parsed = parsePurchaseOfKind(kind, JSON.parse(choice));
  return parsed.ok ? parsed.item : fail("conflict", "purchaseApprovals.errors.noLongerSold");
}
