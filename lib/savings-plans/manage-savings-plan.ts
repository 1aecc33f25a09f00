import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "@/db/client";
import { customers, savingsPlans, type Customer, type SavingsPlan } from "@/db/schema";
import type { ActorRef, PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import {
  checkScopeTargetFields,
  resolveScopeTarget,
  scopeTargetFields,
  subscriptionIdOf,
} from "@/lib/reservations/change-reservation-scope";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason } from "@/lib/validation";

/** One of the partner's savings plans with its customer; another partner's is absent, so its existence does not leak. */
export async function findPartnerSavingsPlan(
  db: Pick<Db, "select">,
  partnerId: number,
  savingsPlanId: string,
): Promise<{ plan: SavingsPlan; customer: Customer } | null> {
  const [found] = await db
    .select({ plan: savingsPlans, customer: customers })
    .from(savingsPlans)
    .innerJoin(customers, eq(customers.id, savingsPlans.customerId))
    .where(and(eq(savingsPlans.savingsPlanId, savingsPlanId.toLowerCase()), eq(customers.partnerId, partnerId)))
    .limit(1);
  return found ?? null;
}

/** A savings plan an Admin agent may still change: the partner's, and not yet expired. */
async function checkManageable(tx: Tx, actor: PartnerActor, savingsPlanId: string, now: Date) {
  const found = await findPartnerSavingsPlan(tx, actor.partnerId, savingsPlanId);
  if (!found) return fail("not_found", "savingsPlans.errors.notFound");
  if (!can(actor.role, "manageCustomerPurchases")) {
    return fail("forbidden", "savingsPlans.errors.onlyAdminsManage");
  }
  if (found.plan.expiresAt <= now) return fail("conflict", "savingsPlans.errors.expired");
  return ok(found);
}

export const changeSavingsPlanScopeInput = z
  .object({ savingsPlanId: microsoftId, ...scopeTargetFields })
  .superRefine(checkScopeTargetFields);

/**
 * Changes what a savings plan's discount applies to: one subscription, one resource group in it, or every Azure
 * subscription this partner sold the customer. Takes effect at once; no money moves. Admin agents only (customers
 * ask for it). A savings plan cannot be cancelled or exchanged, so scope and renewal are all there is to change.
 */
export async function changeSavingsPlanScope(
  actorRef: ActorRef | null,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<{ changed: boolean }>> {
  // A malformed request is answered as such before anyone is looked up.
  const input = parseInput(changeSavingsPlanScopeInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, (tx, actor) => changeSavingsPlanScopeWithin(tx, actor, rawInput, now));
}

/**
 * The body of `changeSavingsPlanScope`, in the caller's write transaction with the actor it loaded (an approved
 * request runs it so). Takes the input as it came, and checks it.
 */
export async function changeSavingsPlanScopeWithin(
  tx: Tx,
  actor: PartnerActor,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<{ changed: boolean }>> {
  const input = parseInput(changeSavingsPlanScopeInput, rawInput);
  if (!input.ok) return input;
  const found = await checkManageable(tx, actor, input.data.savingsPlanId, now);
  if (!found.ok) return found;
  const { plan, customer } = found.data;
  const target = await resolveScopeTarget(tx, actor, customer, input.data);
  if (!target.ok) return target;
  const { subscriptionId, ...after } = target.data;
  const before = {
    scope: plan.scope,
    scopeSubscriptionId: plan.scopeSubscriptionId,
    resourceGroup: plan.resourceGroup,
  };
  if (JSON.stringify(before) === JSON.stringify(after)) return ok({ changed: false });
  await tx.update(savingsPlans).set(after).where(eq(savingsPlans.id, plan.id));
  await recordActivity(tx, {
    actor,
    customer,
    operationType: "update_savings_plan",
    resourceType: "savings_plan",
    oldValue: {
      id: plan.savingsPlanId,
      ...before,
      scopeSubscriptionId: await subscriptionIdOf(tx, before.scopeSubscriptionId),
    },
    newValue: { id: plan.savingsPlanId, ...after, scopeSubscriptionId: subscriptionId },
    at: now,
  });
  return ok({ changed: true });
}

export const setSavingsPlanAutoRenewInput = z.object({
  savingsPlanId: microsoftId,
  autoRenew: z.boolean({ message: reason("savingsPlans.errors.autoRenewBoolean") }),
});

/** Turns auto-renew on or off: a savings plan with it on is bought again at its end, at the partner's price that day. */
export async function setSavingsPlanAutoRenew(
  actorRef: ActorRef | null,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<{ autoRenew: boolean; changed: boolean }>> {
  // A malformed request is answered as such before anyone is looked up.
  const input = parseInput(setSavingsPlanAutoRenewInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, (tx, actor) => setSavingsPlanAutoRenewWithin(tx, actor, rawInput, now));
}

/**
 * The body of `setSavingsPlanAutoRenew`, in the caller's write transaction with the actor it loaded (an approved
 * request runs it so). Takes the input as it came, and checks it.
 */
export async function setSavingsPlanAutoRenewWithin(
  tx: Tx,
  actor: PartnerActor,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<{ autoRenew: boolean; changed: boolean }>> {
  const input = parseInput(setSavingsPlanAutoRenewInput, rawInput);
  if (!input.ok) return input;
  const { autoRenew } = input.data;
  const found = await checkManageable(tx, actor, input.data.savingsPlanId, now);
  if (!found.ok) return found;
  const { plan, customer } = found.data;
  if (plan.autoRenew === autoRenew) return ok({ autoRenew, changed: false });
  await tx.update(savingsPlans).set({ autoRenew }).where(eq(savingsPlans.id, plan.id));
  await recordActivity(tx, {
    actor,
    customer,
    operationType: "update_savings_plan",
    resourceType: "savings_plan",
    oldValue: { id: plan.savingsPlanId, autoRenew: plan.autoRenew },
    newValue: { id: plan.savingsPlanId, autoRenew },
    at: now,
  });
  return ok({ autoRenew, changed: true });
}
