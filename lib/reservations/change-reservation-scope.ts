import { eq } from "drizzle-orm";
import { z } from "zod";
import { reservations, reservationScopes, subscriptions, type Reservation } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { qualifiesForReservationPurchases } from "@/lib/customer-permissions/prerequisites";
import { fail, ok, type Result } from "@/lib/result";
import { findPartnerSubscription } from "@/lib/subscriptions/find-subscription";
import { microsoftId, parseInput } from "@/lib/validation";
import { checkReturnable } from "./refund-reservation";
import { isResourceGroupName, resourceGroupNameMessage } from "./reservation-choice";

export const changeReservationScopeInput = z
  .object({
    reservationId: microsoftId,
    scope: z.enum(reservationScopes, { message: "Scope must be single, shared or resource group." }),
    /** The subscription of a single-subscription or resource-group scope. */
    subscriptionId: microsoftId.optional(),
    resourceGroup: z.string().trim().max(90).optional(),
  })
  .superRefine((input, context) => {
    if (input.scope !== "shared" && !input.subscriptionId) {
      context.addIssue({ code: "custom", path: ["subscriptionId"], message: "Choose the subscription." });
    }
    if (input.scope === "resource_group" && !isResourceGroupName(input.resourceGroup)) {
      context.addIssue({ code: "custom", path: ["resourceGroup"], message: resourceGroupNameMessage });
    }
  });

const scopeOf = (reservation: Pick<Reservation, "scope" | "scopeSubscriptionId" | "resourceGroup">) => ({
  scope: reservation.scope,
  scopeSubscriptionId: reservation.scopeSubscriptionId,
  resourceGroup: reservation.resourceGroup,
});

/**
 * Changes what a reservation's discount applies to: one subscription, one resource group in it, or every Azure
 * subscription this partner sold the customer (shared). Takes effect at once; no money moves. Admin agents only.
 */
export function changeReservationScope(
  actorRef: ActorRef | null,
  rawInput: unknown,
  now = new Date(),
): Result<{ changed: boolean }> {
  const input = parseInput(changeReservationScopeInput, rawInput);
  if (!input.ok) return input;

  return inWriteTransaction(actorRef, (tx, actor): Result<{ changed: boolean }> => {
    // Re-scoping changes no quantity: checked as returnable with none returned.
    const found = checkReturnable(tx, actor, input.data.reservationId, 0, now);
    if (!found.ok) return found;
    const { reservation, customer } = found.data;

    let scopeSubscriptionId: number | null = null;
    if (input.data.scope !== "shared") {
      const target = findPartnerSubscription(tx, actor.partnerId, input.data.subscriptionId!);
      if (!target || target.customer.id !== customer.id) return fail("not_found", "Subscription not found.");
      if (!qualifiesForReservationPurchases(target.subscription)) {
        const message = `${target.subscription.friendlyName} is not an active Azure plan or Azure Global subscription.`;
        return fail("prerequisite_missing", message, { subscriptionId: [message] });
      }
      scopeSubscriptionId = target.subscription.id;
    }
    const after = {
      scope: input.data.scope,
      scopeSubscriptionId,
      resourceGroup: input.data.scope === "resource_group" ? input.data.resourceGroup! : null,
    };
    const before = scopeOf(reservation);
    if (JSON.stringify(before) === JSON.stringify(after)) return ok({ changed: false });

    tx.update(reservations).set(after).where(eq(reservations.id, reservation.id)).run();
    const subscriptionIdOf = (id: number | null) =>
      id === null
        ? null
        : tx.select({ id: subscriptions.subscriptionId }).from(subscriptions).where(eq(subscriptions.id, id)).get()!.id;
    recordActivity(tx, {
      actor,
      customer,
      operationType: "update_reservation",
      resourceType: "reservation",
      oldValue: {
        id: reservation.reservationId,
        ...before,
        scopeSubscriptionId: subscriptionIdOf(before.scopeSubscriptionId),
      },
      newValue: {
        id: reservation.reservationId,
        ...after,
        scopeSubscriptionId: subscriptionIdOf(after.scopeSubscriptionId),
      },
      at: now,
    });
    return ok({ changed: true });
  });
}
