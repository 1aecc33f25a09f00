import { and, desc, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import {
  activityEntries,
  customerPurchasePermissions,
  partnerUsers,
  customerUsers,
  roleAssignments,
  subscriptions,
  type PurchasePermissionResource,
} from "@/db/schema";
import { purchasePermissionChecklist, type PurchasePermissionChecklist } from "./prerequisites";

/** The customer's granted resources and one permission's prerequisites checklist, read from the database. */
export async function readPurchasePermissionFacts(
  db: Pick<Db, "select">,
  customerId: number,
  resource: PurchasePermissionResource = "AzureReservedInstances",
): Promise<{ granted: PurchasePermissionResource[]; checklist: PurchasePermissionChecklist }> {
  const grants = await db
    .select({ resource: customerPurchasePermissions.resource })
    .from(customerPurchasePermissions)
    .where(eq(customerPurchasePermissions.customerId, customerId));
  const granted = grants.map((row) => row.resource);
  const customerSubscriptions = await db
    .select({
      subscriptionId: subscriptions.subscriptionId,
      friendlyName: subscriptions.friendlyName,
      offerType: subscriptions.offerType,
      status: subscriptions.status,
    })
    .from(subscriptions)
    .where(eq(subscriptions.customerId, customerId));
  const assignmentRows = await db
    .select({
      subscriptionId: subscriptions.subscriptionId,
      role: roleAssignments.role,
      userStatus: customerUsers.status,
    })
    .from(roleAssignments)
    .innerJoin(subscriptions, eq(subscriptions.id, roleAssignments.subscriptionId))
    .innerJoin(customerUsers, eq(customerUsers.id, roleAssignments.customerUserId))
    .where(eq(subscriptions.customerId, customerId));
  const assignments = assignmentRows.map(({ userStatus, ...a }) => ({
    ...a,
    customerUserActive: userStatus === "active",
  }));
  return { granted, checklist: purchasePermissionChecklist(customerSubscriptions, assignments, resource) };
}

/** Whether the partner lets this customer buy Azure reservations themselves right now. */
export async function reservationPurchaseAllowed(customerId: number): Promise<boolean> {
  return (await readPurchasePermissionFacts(getDb(), customerId)).granted.includes("AzureReservedInstances");
}

/** Whether the partner lets this customer buy Azure savings plans themselves right now. */
export async function savingsPlanPurchaseAllowed(customerId: number): Promise<boolean> {
  return (await readPurchasePermissionFacts(getDb(), customerId)).granted.includes("AzureSavingsPlan");
}

/** Who turned a permission on and when, as its Activity log entry names them; null while it is off. */
export type TurnedOn = { by: string; at: Date };

/**
 * The permission's grant and the "Create Customer Purchase Permissions" entry written with it (same transaction,
 * same instant): the entry names the actor as the log does, an API key included. A grant with no entry (none is
 * written without one, but entries from before the log existed may lack it) falls back to the granting user.
 */
export async function readTurnedOn(
  db: Pick<Db, "select">,
  partnerId: number,
  customerId: number,
  resource: PurchasePermissionResource,
): Promise<TurnedOn | null> {
  const [grant] = await db
    .select({ at: customerPurchasePermissions.grantedAt, grantedBy: partnerUsers.email })
    .from(customerPurchasePermissions)
    .innerJoin(partnerUsers, eq(partnerUsers.id, customerPurchasePermissions.grantedByPartnerUserId))
    .where(
      and(eq(customerPurchasePermissions.customerId, customerId), eq(customerPurchasePermissions.resource, resource)),
    )
    .limit(1);
  if (!grant) return null;
  const [entry] = await db
    .select({ by: activityEntries.actorEmail })
    .from(activityEntries)
    .where(
      and(
        eq(activityEntries.partnerId, partnerId),
        eq(activityEntries.customerId, customerId),
        eq(activityEntries.createdAt, grant.at),
        eq(activityEntries.operationType, "create_self_serve_policy"),
      ),
    )
    .orderBy(desc(activityEntries.id))
    .limit(1);
  return { by: entry?.by ?? grant.grantedBy, at: grant.at };
}
