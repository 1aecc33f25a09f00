import { getDb } from "@/db/client";
import type { Customer } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { purchasePermissionBlockers, type PurchasePermissionChecklist } from "@/lib/customer-permissions/prerequisites";
import { readPurchasePermissionFacts } from "@/lib/customer-permissions/purchase-permission-facts";
import { findPartnerCustomer } from "./find-customer";

export type ReservationPurchasePermissionView = {
  customerId: string;
  enabled: boolean;
  checklist: PurchasePermissionChecklist;
  blockers: string[];
  /** Whether the viewer may change it; the use case enforces the same rule. */
  viewerCanChange: boolean;
};

export type CustomerAccount = {
  customer: Customer;
  reservationPurchasePermission: ReservationPurchasePermissionView;
};

export function getCustomer(actor: PartnerActor, customerTenantId: string): Customer | null {
  return findPartnerCustomer(getDb(), actor.partnerId, customerTenantId);
}

export function getReservationPurchasePermission(
  actor: PartnerActor,
  customer: Customer,
): ReservationPurchasePermissionView {
  const { granted, checklist } = readPurchasePermissionFacts(getDb(), customer.id);
  return {
    customerId: customer.tenantId,
    enabled: granted.includes("AzureReservedInstances"),
    checklist,
    blockers: purchasePermissionBlockers(checklist),
    viewerCanChange: can(actor.role, "changeCustomerPermissions"),
  };
}

/** The Account page's data, or null when the customer is not this partner's. */
export function getCustomerAccount(actor: PartnerActor, customerTenantId: string): CustomerAccount | null {
  const customer = getCustomer(actor, customerTenantId);
  if (!customer) return null;
  return { customer, reservationPurchasePermission: getReservationPurchasePermission(actor, customer) };
}
