import type { AzureRole, OfferType, PurchasePermissionResource, SubscriptionStatus } from "@/db/schema";
import { rolesThatCanBuy } from "@/lib/access/buyer-roles";
import type { Explanation } from "@/lib/result";

export type SubscriptionFacts = {
  subscriptionId: string;
  friendlyName: string;
  offerType: OfferType;
  status: SubscriptionStatus;
};

export type RoleAssignmentFacts = {
  subscriptionId: string;
  role: AzureRole;
  customerUserActive: boolean;
};

/**
 * What reservations and savings plans are billed to: an active Azure plan or Azure Global (MS-AZR-0145P) subscription.
 * Every purchase, renewal and scope change of either needs one.
 */
export function billsAzurePurchases(subscription: Pick<SubscriptionFacts, "offerType" | "status">): boolean {
  return (
    (subscription.offerType === "azure_plan" || subscription.offerType === "azure_global") &&
    subscription.status === "active"
  );
}

export type PurchasePermissionChecklist = {
  /** Required to turn the permission on. */
  azureSubscription: { met: boolean; qualifying: { subscriptionId: string; friendlyName: string }[] };
  /**
   * Not required to turn it on, but without it customer users get an error in the Azure portal: Owner for
   * reservations; Owner or Savings plan purchaser for savings plans.
   */
  ownerRole: { met: boolean };
};

export function purchasePermissionChecklist(
  subscriptions: SubscriptionFacts[],
  assignments: RoleAssignmentFacts[],
  resource: PurchasePermissionResource = "AzureReservedInstances",
): PurchasePermissionChecklist {
  const qualifying = subscriptions.filter(billsAzurePurchases);
  const qualifyingIds = new Set(qualifying.map((s) => s.subscriptionId));
  const buyerRoles = rolesThatCanBuy[resource];
  const ownerMet = assignments.some(
    (a) => buyerRoles.includes(a.role) && a.customerUserActive && qualifyingIds.has(a.subscriptionId),
  );
  return {
    azureSubscription: {
      met: qualifying.length > 0,
      qualifying: qualifying.map(({ subscriptionId, friendlyName }) => ({ subscriptionId, friendlyName })),
    },
    ownerRole: { met: ownerMet },
  };
}

/** Why a permission cannot be turned on without an Azure subscription, for the door to put into words. */
export const missingAzureSubscription = (
  resource: PurchasePermissionResource = "AzureReservedInstances",
): Explanation => ({
  reason: "permissions.errors.missingAzureSubscription",
  values: { resource },
});

/** The reasons the permission cannot be turned on; empty when it can. */
export function purchasePermissionBlockers(
  checklist: PurchasePermissionChecklist,
  resource: PurchasePermissionResource = "AzureReservedInstances",
): Explanation[] {
  return checklist.azureSubscription.met ? [] : [missingAzureSubscription(resource)];
}
