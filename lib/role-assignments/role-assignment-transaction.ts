import type { Tx } from "@/db/client";
import type { AzureRole, Customer, CustomerUser, Subscription } from "@/db/schema";
import type { ActorRef, PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { findPartnerCustomerUser } from "@/lib/customer-users/find-customer-user";
import { findPartnerSubscription } from "@/lib/subscriptions/find-subscription";
import { fail, type Failure, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import { roleAssignmentInput } from "./role-assignment-input";

/**
 * The subscription and the user of a role assignment, each checked by its own id against the actor's
 * partner, and checked to belong to the same customer.
 */
export async function findAssignmentParties(
  tx: Tx,
  actor: PartnerActor,
  subscriptionId: string,
  userId: string,
): Promise<{ subscription: Subscription; user: CustomerUser; customer: Customer } | Failure> {
  const foundSubscription = await findPartnerSubscription(tx, actor.partnerId, subscriptionId);
  if (!foundSubscription) return fail("not_found", "errors.subscription_not_found");
  const foundUser = await findPartnerCustomerUser(tx, actor.partnerId, userId);
  if (!foundUser || foundUser.customer.id !== foundSubscription.customer.id) {
    return fail("not_found", "accessControl.errors.userNotInDirectory");
  }
  return { subscription: foundSubscription.subscription, user: foundUser.user, customer: foundSubscription.customer };
}

/**
 * The shared opening of adding and removing a role assignment: the input, the write transaction, both parties
 * found for this partner, and the Admin agent check. `work` then makes the change.
 */
export async function inRoleAssignmentTransaction<T>(
  actorRef: ActorRef | null,
  rawInput: unknown,
  work: (
    tx: Tx,
    actor: PartnerActor,
    parties: { subscription: Subscription; user: CustomerUser; customer: Customer },
    role: AzureRole,
  ) => Promise<Result<T>>,
): Promise<Result<T>> {
  const input = parseInput(roleAssignmentInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<T>> => {
    const parties = await findAssignmentParties(tx, actor, input.data.subscriptionId, input.data.userId);
    if ("ok" in parties) return parties;
    if (!can(actor.role, "manageRoleAssignments")) {
      return fail("forbidden", "accessControl.errors.onlyAdmins");
    }
    return work(tx, actor, parties, input.data.role);
  });
}
