import { and, eq } from "drizzle-orm";
import { roleAssignments } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import type { RoleAssignmentChange } from "./add-role-assignment";
import { findAssignmentParties } from "./find-assignment-parties";
import { roleAssignmentInput } from "./role-assignment-input";

/** Removes a customer user's role on an Azure subscription. Admin agents only. */
export function removeRoleAssignment(actorRef: ActorRef | null, rawInput: unknown): Result<RoleAssignmentChange> {
  const input = parseInput(roleAssignmentInput, rawInput);
  if (!input.ok) return input;
  const { role } = input.data;

  return inWriteTransaction(actorRef, (tx, actor): Result<RoleAssignmentChange> => {
    const parties = findAssignmentParties(tx, actor, input.data.subscriptionId, input.data.userId);
    if ("ok" in parties) return parties;
    if (!can(actor.role, "manageRoleAssignments"))
      return fail("forbidden", "Only Admin agents can change role assignments.");
    const { subscription, user, customer } = parties;
    const removed = tx
      .delete(roleAssignments)
      .where(
        and(
          eq(roleAssignments.subscriptionId, subscription.id),
          eq(roleAssignments.customerUserId, user.id),
          eq(roleAssignments.role, role),
        ),
      )
      .run();
    if (removed.changes === 0) {
      return fail("not_found", `${user.displayName} does not have the ${role} role on this subscription.`);
    }
    recordActivity(tx, {
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
