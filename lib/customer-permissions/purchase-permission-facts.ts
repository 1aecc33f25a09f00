import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import {
  customerPurchasePermissions,
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
