import { eq } from "drizzle-orm";
import { z } from "zod";
import { subscriptions } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason } from "@/lib/validation";
import { allowedStatusChange } from "./azure-plan-rules";
import { findPartnerSubscription } from "./find-subscription";

export const setSubscriptionStatusInput = z.object({
  subscriptionId: microsoftId,
  status: z.enum(["active", "suspended"], { message: reason("subscriptions.errors.statusInvalid") }),
});

export type SubscriptionStatusChange = { subscriptionId: string; status: "active" | "suspended"; changed: boolean };

/** Suspends an active subscription or reactivates a suspended one. Admin agents only. */
export async function setSubscriptionStatus(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<SubscriptionStatusChange>> {
  const input = parseInput(setSubscriptionStatusInput, rawInput);
  if (!input.ok) return input;
  const { status } = input.data;

  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<SubscriptionStatusChange>> => {
    const found = await findPartnerSubscription(tx, actor.partnerId, input.data.subscriptionId);
    if (!found) return fail("not_found", "errors.subscription_not_found");
    if (!can(actor.role, "manageSubscriptions")) {
      return fail("forbidden", "subscriptions.errors.onlyAdminsChangeStatus");
    }
    const { subscription, customer } = found;
    const result = { subscriptionId: subscription.subscriptionId, status };
    if (subscription.status === status) return ok({ ...result, changed: false });
    if (!allowedStatusChange(subscription.status, status)) {
      return fail("conflict", "subscriptions.errors.statusChangeNotAllowed", { from: subscription.status, to: status });
    }

    await tx.update(subscriptions).set({ status }).where(eq(subscriptions.id, subscription.id));
    await recordActivity(tx, {
      actor,
      customer,
      operationType: "update_subscription",
      resourceType: "subscription",
      oldValue: {
        id: subscription.subscriptionId,
        friendlyName: subscription.friendlyName,
        status: subscription.status,
      },
      newValue: { id: subscription.subscriptionId, friendlyName: subscription.friendlyName, status },
      at: new Date(),
    });
    return ok({ ...result, changed: true });
  });
}
