import { and, eq } from "drizzle-orm";
import { roleAssignments } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { recordActivity } from "@/lib/activity/record-activity";
import { fail, ok, type Result } from "@/lib/result";
import { inRoleAssignmentTransaction } from "./role-assignment-transaction";

export type RoleAssignmentChange = { subscriptionId: string; userId: string; role: string };

/** Gives a customer user a role (Owner, Contributor, Reader) on an Azure subscription. Admin agents only. */
export async function addRoleAssignment(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<RoleAssignmentChange>> {
  return inRoleAssignmentTransaction(actorRef, rawInput, async (tx, actor, { subscription, user, customer }, role) => {
    if (!subscription.usageBased) {
      return fail("conflict", "accessControl.errors.azureSubscriptionsOnly");
    }
    if (user.status !== "active") {
      return fail("conflict", "accessControl.errors.userDeactivated", { user: user.displayName });
    }
    const [existing] = await tx
      .select({ id: roleAssignments.id })
      .from(roleAssignments)
      .where(
        and(
          eq(roleAssignments.subscriptionId, subscription.id),
          eq(roleAssignments.customerUserId, user.id),
          eq(roleAssignments.role, role),
        ),
      )
      .limit(1);
    if (existing) {
      return fail("conflict", "accessControl.errors.alreadyHasRole", { user: user.displayName, role });
    }

    await tx.insert(roleAssignments).values({ subscriptionId: subscription.id, customerUserId: user.id, role });
    const assignment = {
      scope: `/subscriptions/${subscription.subscriptionId}`,
      principal: user.userPrincipalName,
      role,
    };
    await recordActivity(tx, {
      actor,
      customer,
      operationType: "create_role_assignment",
      resourceType: "role_assignment",
      oldValue: null,
      newValue: assignment,
      at: new Date(),
    });
    return ok({ subscriptionId: subscription.subscriptionId, userId: user.objectId, role });
  });
}
