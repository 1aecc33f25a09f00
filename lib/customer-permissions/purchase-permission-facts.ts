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
export function readPurchasePermissionFacts(
  db: Pick<Db, "select">,
  customerId: number,
  resource: PurchasePermissionResource = "AzureReservedInstances",
): { granted: PurchasePermissionResource[]; checklist: PurchasePermissionChecklist } {
  const granted = db
    .select({ resource: customerPurchasePermissions.resource })
    .from(customerPurchasePermissions)
    .where(eq(customerPurchasePermissions.customerId, customerId))
    .all()
    .map((row) => row.resource);
  const customerSubscriptions = db
    .select({
      subscriptionId: subscriptions.subscriptionId,
      friendlyName: subscriptions.friendlyName,
      offerType: subscriptions.offerType,
      status: subscriptions.status,
    })
    .from(subscriptions)
    .where(eq(subscriptions.customerId, customerId))
    .all();
  const assignments = db
    .select({
      subscriptionId: subscriptions.subscriptionId,
      role: roleAssignments.role,
      userStatus: customerUsers.status,
    })
    .from(roleAssignments)
    .innerJoin(subscriptions, eq(subscriptions.id, roleAssignments.subscriptionId))
    .innerJoin(customerUsers, eq(customerUsers.id, roleAssignments.customerUserId))
    .where(eq(subscriptions.customerId, customerId))
    .all()
    .map(({ userStatus, ...a }) => ({ ...a, customerUserActive: userStatus === "active" }));
  return { granted, checklist: purchasePermissionChecklist(customerSubscriptions, assignments, resource) };
}

/** Whether the partner lets this customer buy Azure reservations themselves right now. */
export function reservationPurchaseAllowed(customerId: number): boolean {
  return readPurchasePermissionFacts(getDb(), customerId).granted.includes("AzureReservedInstances");
}

/** Whether the partner lets this customer buy Azure savings plans themselves right now. */
export function savingsPlanPurchaseAllowed(customerId: number): boolean {
  return readPurchasePermissionFacts(getDb(), customerId).granted.includes("AzureSavingsPlan");
}

/** Who turned a permission on and when, as its Activity log entry names them; null while it is off. */
export type TurnedOn = { by: string; at: Date };

/**
 * The permission's grant and the "Create Customer Purchase Permissions" entry written with it (same transaction,
 * same instant): the entry names the actor as the log does, an API key included. A grant with no entry (none is
 * written without one, but entries from before the log existed may lack it) falls back to the granting user.
 */
export function readTurnedOn(
  db: Pick<Db, "select">,
  partnerId: number,
  customerId: number,
  resource: PurchasePermissionResource,
): TurnedOn | null {
  const grant = db
    .select({ at: customerPurchasePermissions.grantedAt, grantedBy: partnerUsers.email })
    .from(customerPurchasePermissions)
    .innerJoin(partnerUsers, eq(partnerUsers.id, customerPurchasePermissions.grantedByPartnerUserId))
    .where(
      and(eq(customerPurchasePermissions.customerId, customerId), eq(customerPurchasePermissions.resource, resource)),
    )
    .get();
  if (!grant) return null;
  const entry = db
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
    .get();
  return { by: entry?.by ?? grant.grantedBy, at: grant.at };
}
