import { getDb } from "@/db/client";
import { purchasePermissionResources, type Customer, type PurchasePermissionResource } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { purchasePermissionBlockers, type PurchasePermissionChecklist } from "@/lib/customer-permissions/prerequisites";
import { readPurchasePermissionFacts, readTurnedOn } from "@/lib/customer-permissions/purchase-permission-facts";
import type { Explanation } from "@/lib/result";
import { getCustomer } from "./find-customer";

export type PurchasePermissionView = {
  customerId: string;
  resource: PurchasePermissionResource;
  enabled: boolean;
  /** Who turned it on and when (an ISO instant), as the Activity log entry has it; null while it is off. */
  turnedOn: { by: string; at: string } | null;
  checklist: PurchasePermissionChecklist;
  /** Why it cannot be turned on now (empty when it can), as reasons for the reader's words. */
  blockers: Explanation[];
  /** Whether the viewer may change it; the use case enforces the same rule. */
  viewerCanChange: boolean;
};

export type CustomerAccount = {
  customer: Customer;
  /** Both customer permissions, reservations first, as the Account page lists them. */
  purchasePermissions: PurchasePermissionView[];
};

export async function getPurchasePermission(
  actor: PartnerActor,
  customer: Customer,
  resource: PurchasePermissionResource,
): Promise<PurchasePermissionView> {
  const db = getDb();
  const { granted, checklist } = await readPurchasePermissionFacts(db, customer.id, resource);
  const turnedOn = await readTurnedOn(db, customer.partnerId, customer.id, resource);
  return {
    customerId: customer.tenantId,
    resource,
    enabled: granted.includes(resource),
    turnedOn: turnedOn && { by: turnedOn.by, at: turnedOn.at.toISOString() },
    checklist,
    blockers: purchasePermissionBlockers(checklist, resource),
    viewerCanChange: can(actor.role, "changeCustomerPermissions"),
  };
}

/** The Account page's data, or null when the customer is not this partner's. */
export async function getCustomerAccount(
  actor: PartnerActor,
  customerTenantId: string,
): Promise<CustomerAccount | null> {
  const customer = await getCustomer(actor, customerTenantId);
  if (!customer) return null;
  return {
    customer,
    purchasePermissions: await Promise.all(
      purchasePermissionResources.map((resource) => getPurchasePermission(actor, customer, resource)),
    ),
  };
}
