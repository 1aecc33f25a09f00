import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { customerUsers, roleAssignments, type AzureRole, type Customer, type Subscription } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";
import { findPartnerSubscription } from "@/lib/subscriptions/find-subscription";

export type RoleAssignmentRow = {
  userId: string;
  displayName: string;
  userPrincipalName: string;
  userActive: boolean;
  role: AzureRole;
};

export type SubscriptionAccess = {
  customer: Customer;
  subscription: Subscription;
  assignments: RoleAssignmentRow[];
  /** Active users of the customer who could be given a role. */
  assignableUsers: { userId: string; displayName: string; userPrincipalName: string }[];
};

/** The Access control (IAM) panel of one of this customer's subscriptions, or null when it is not theirs. */
export async function getSubscriptionAccess(
  actor: PartnerActor,
  customerTenantId: string,
  subscriptionId: string,
): Promise<SubscriptionAccess | null> {
  const db = getDb();
  const found = await findPartnerSubscription(db, actor.partnerId, subscriptionId);
  if (!found || found.customer.tenantId !== customerTenantId.toLowerCase()) return null;
  const assignmentRows = await db
    .select({
      userId: customerUsers.objectId,
      displayName: customerUsers.displayName,
      userPrincipalName: customerUsers.userPrincipalName,
      status: customerUsers.status,
      role: roleAssignments.role,
    })
    .from(roleAssignments)
    .innerJoin(customerUsers, eq(customerUsers.id, roleAssignments.customerUserId))
    .where(eq(roleAssignments.subscriptionId, found.subscription.id))
    .orderBy(asc(customerUsers.displayName), asc(roleAssignments.role));
  const assignments = assignmentRows.map(({ status, ...a }) => ({ ...a, userActive: status === "active" }));
  const assignableUsers = await db
    .select({
      userId: customerUsers.objectId,
      displayName: customerUsers.displayName,
      userPrincipalName: customerUsers.userPrincipalName,
    })
    .from(customerUsers)
    .where(and(eq(customerUsers.customerId, found.customer.id), eq(customerUsers.status, "active")))
    .orderBy(asc(customerUsers.displayName));
  return { ...found, assignments, assignableUsers };
}
