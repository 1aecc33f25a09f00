import { and, eq } from "drizzle-orm";
import { roleAssignments } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { recordActivity } from "@/lib/activity/record-activity";
import { fail, ok, type Result } from "@/lib/result";
import type { RoleAssignmentChange } from "./add-role-assignment";
import { inRoleAssignmentTransaction } from "./role-assignment-transaction";

/** Removes a customer user's role on an Azure subscription. Admin agents only. */
export async function removeRoleAssignment(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<RoleAssignmentChange>> {
  return inRoleAssignmentTransaction(actorRef, rawInput, async (tx, actor, { subscription, user, customer }, role) => {
    const removed = await tx
      .delete(roleAssignments)
      .where(
        and(
          eq(roleAssignments.subscriptionId, subscription.id),
          eq(roleAssignments.customerUserId, user.id),
          eq(roleAssignments.role, role),
        ),
      )
      .returning({ id: roleAssignments.id });
    if (removed.length === 0) {
      return fail("not_found", "accessControl.errors.doesNotHaveRole", { user: user.displayName, role });
    }
    await recordActivity(tx, {
      actor,
      customer,
      operationType: "delete_role_assignment",
      resourceType: "role_assignment",
      oldValue: { scope: `/subscriptions/${subscription.subscriptionId}`, principal: user.userPrincipalName, role },
      newValue: null,
      at: new Date(),
    });
    return ok({ subscriptionId: subscription.subscriptionId, userId: user.objectId, role });
  });
}
