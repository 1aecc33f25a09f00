import type { Tx } from "@/db/client";
import type { Customer, CustomerUser, Subscription } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";
import { findPartnerCustomerUser } from "@/lib/customer-users/find-customer-user";
import { findPartnerSubscription } from "@/lib/subscriptions/find-subscription";
import { fail, type Failure } from "@/lib/result";

/**
 * The subscription and the user of a role assignment, each checked by its own id against the actor's
 * partner, and checked to belong to the same customer.
 */
export function findAssignmentParties(
  tx: Tx,
  actor: PartnerActor,
  subscriptionId: string,
  userId: string,
): { subscription: Subscription; user: CustomerUser; customer: Customer } | Failure {
  const foundSubscription = findPartnerSubscription(tx, actor.partnerId, subscriptionId);
  if (!foundSubscription) return fail("not_found", "Subscription not found.");
  const foundUser = findPartnerCustomerUser(tx, actor.partnerId, userId);
  if (!foundUser || foundUser.customer.id !== foundSubscription.customer.id) {
    return fail("not_found", "User not found in this customer's directory.");
  }
  return { subscription: foundSubscription.subscription, user: foundUser.user, customer: foundSubscription.customer };
}
