import { and, eq } from "drizzle-orm";
import { roleAssignments } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { recordActivity } from "@/lib/activity/record-activity";
import { fail, ok, type Result } from "@/lib/result";
import { inRoleAssignmentTransaction } from "./role-assignment-transaction";

export type RoleAssignmentChange = { subscriptionId: string; userId: string; role: string };

/** Gives a customer user a role (Owner, Contributor, Reader) on an Azure subscription. Admin agents only. */
export function addRoleAssignment(actorRef: ActorRef | null, rawInput: unknown): Result<RoleAssignmentChange> {
  return inRoleAssignmentTransaction(actorRef, rawInput, (tx, actor, { subscription, user, customer }, role) => {
    if (!subscription.usageBased) {
      return fail("conflict", "Roles can be assigned only on Azure subscriptions (Azure plan or Azure Global).");
    }
    if (user.status !== "active") return fail("conflict", `${user.displayName} is deactivated: reactivate them first.`);
    const existing = tx
      .select({ id: roleAssignments.id })
      .from(roleAssignments)
      .where(
        and(
          eq(roleAssignments.subscriptionId, subscription.id),
          eq(roleAssignments.customerUserId, user.id),
          eq(roleAssignments.role, role),
        ),
      )
      .get();
    if (existing) return fail("conflict", `${user.displayName} already has the ${role} role on this subscription.`);

    tx.insert(roleAssignments).values({ subscriptionId: subscription.id, customerUserId: user.id, role }).run();
    const assignment = {
      scope: `/subscriptions/${subscription.subscriptionId}`,
      principal: user.userPrincipalName,
      role,
    };
    recordActivity(tx, {
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
