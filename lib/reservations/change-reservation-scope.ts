import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { reservations, subscriptions, type Customer, type Reservation, type ReservationScope } from "@/db/schema";
import type { ActorRef, PartnerActor } from "@/lib/access/actor";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { billsAzurePurchases } from "@/lib/customer-permissions/prerequisites";
import { fail, ok, type Result } from "@/lib/result";
import { findPartnerSubscription } from "@/lib/subscriptions/find-subscription";
import { microsoftId, parseInput, reason } from "@/lib/validation";
import { checkReturnable } from "./refund-reservation";
import { isResourceGroupName, resourceGroupNameMessage, scopeField } from "./reservation-choice";

/** What a new scope names: the scope, and for single or resource-group scopes the subscription (and group). */
export const scopeTargetFields = {
  scope: scopeField,
  /** The subscription of a single-subscription or resource-group scope. */
  subscriptionId: microsoftId.optional(),
  resourceGroup: z.string().trim().max(90).optional(),
};

type ScopeTarget = { scope: ReservationScope; subscriptionId?: string; resourceGroup?: string };

/** The rules of a new scope's fields, for reservations and savings plans alike. */
export function checkScopeTargetFields(input: ScopeTarget, context: z.RefinementCtx): void {
  if (input.scope !== "shared" && !input.subscriptionId) {
    context.addIssue({
      code: "custom",
      path: ["subscriptionId"],
      message: reason("reservations.errors.chooseSubscription"),
    });
  }
  if (input.scope === "resource_group" && !isResourceGroupName(input.resourceGroup)) {
    context.addIssue({ code: "custom", path: ["resourceGroup"], message: resourceGroupNameMessage });
  }
}

/**
 * Where a new scope points, checked: shared names no subscription; otherwise an active Azure plan or Azure Global
 * subscription of the same customer (another's is not found).
 */
export async function resolveScopeTarget(
  tx: Pick<Tx, "select">,
  actor: PartnerActor,
  customer: Customer,
  input: ScopeTarget,
): Promise<
  Result<{
    scope: ReservationScope;
    scopeSubscriptionId: number | null;
    resourceGroup: string | null;
    subscriptionId: string | null;
  }>
> {
  if (input.scope === "shared") {
    return ok({ scope: "shared", scopeSubscriptionId: null, resourceGroup: null, subscriptionId: null });
  }
  const target = await findPartnerSubscription(tx, actor.partnerId, input.subscriptionId!);
  if (!target || target.customer.id !== customer.id) return fail("not_found", "errors.subscription_not_found");
  if (!billsAzurePurchases(target.subscription)) {
    const why = {
      reason: "reservations.errors.scopeSubscriptionNotQualified",
      values: { subscription: target.subscription.friendlyName },
    } as const;
    return fail("prerequisite_missing", why.reason, why.values, { subscriptionId: [why] });
  }
  return ok({
    scope: input.scope,
    scopeSubscriptionId: target.subscription.id,
    resourceGroup: input.scope === "resource_group" ? input.resourceGroup! : null,
    subscriptionId: target.subscription.subscriptionId,
  });
}

/** A scope's subscription as people and activity entries name it (its GUID), from its row id. */
export async function subscriptionIdOf(tx: Pick<Tx, "select">, id: number | null): Promise<string | null> {
  if (id === null) return null;
  const [subscription] = await tx
    .select({ id: subscriptions.subscriptionId })
    .from(subscriptions)
    .where(eq(subscriptions.id, id))
    .limit(1);
  return subscription.id;
}

export const changeReservationScopeInput = z
  .object({ reservationId: microsoftId, ...scopeTargetFields })
  .superRefine(checkScopeTargetFields);

const scopeOf = (reservation: Pick<Reservation, "scope" | "scopeSubscriptionId" | "resourceGroup">) => ({
  scope: reservation.scope,
  scopeSubscriptionId: reservation.scopeSubscriptionId,
  resourceGroup: reservation.resourceGroup,
});

/**
 * Changes what a reservation's discount applies to: one subscription, one resource group in it, or every Azure
 * subscription this partner sold the customer (shared). Takes effect at once; no money moves. Admin agents only.
 */
export async function changeReservationScope(
  actorRef: ActorRef | null,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<{ changed: boolean }>> {
  // A malformed request is answered as such before anyone is looked up.
  const input = parseInput(changeReservationScopeInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, (tx, actor) => changeReservationScopeWithin(tx, actor, rawInput, now));
}

/**
 * The body of `changeReservationScope`, in the caller's write transaction with the actor it loaded (the API's update
 * and an approved request run it so). Takes the input as it came, and checks it.
 */
export async function changeReservationScopeWithin(
  tx: Tx,
  actor: PartnerActor,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<{ changed: boolean }>> {
  const input = parseInput(changeReservationScopeInput, rawInput);
  if (!input.ok) return input;
  // Re-scoping changes no quantity: checked as returnable with none returned.
  const found = await checkReturnable(tx, actor, input.data.reservationId, 0, now);
  if (!found.ok) return found;
  const { reservation, customer } = found.data;

  const target = await resolveScopeTarget(tx, actor, customer, input.data);
  if (!target.ok) return target;
  const { subscriptionId: _, ...after } = target.data;
  const before = scopeOf(reservation);
  if (JSON.stringify(before) === JSON.stringify(after)) return ok({ changed: false });

  await tx.update(reservations).set(after).where(eq(reservations.id, reservation.id));
  await recordActivity(tx, {
    actor,
    customer,
    operationType: "update_reservation",
    resourceType: "reservation",
    oldValue: {
      id: reservation.reservationId,
      ...before,
      scopeSubscriptionId: await subscriptionIdOf(tx, before.scopeSubscriptionId),
    },
    newValue: { id: reservation.reservationId, ...after, scopeSubscriptionId: target.data.subscriptionId },
    at: now,
  });
  return ok({ changed: true });
}
