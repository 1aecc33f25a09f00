import type { ReservationScope, ReservationTerm, Subscription } from "@/db/schema";
import { termMonths } from "@/lib/reservations/catalog";
import { addMonths } from "@/lib/reservations/term-dates";

/**
 * Where a new reservation or savings plan is billed and applies, and its term from now: the same columns for both.
 * A shared scope names no subscription; a single or resource-group scope is the billing subscription's.
 */
export function placementOf(
  choice: { term: ReservationTerm; scope: ReservationScope; resourceGroup?: string },
  subscription: Subscription,
  at: Date,
) {
  return {
    billingSubscriptionId: subscription.id,
    scope: choice.scope,
    resourceGroup: choice.scope === "resource_group" ? (choice.resourceGroup ?? null) : null,
    scopeSubscriptionId: choice.scope === "shared" ? null : subscription.id,
    createdAt: at,
    expiresAt: addMonths(at, termMonths[choice.term]),
  };
}
