import type { AzureRole, OfferType, SubscriptionStatus } from "@/db/schema";

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

/** Customers can buy reservations only against an active Azure plan or Azure Global (MS-AZR-0145P) subscription. */
export function qualifiesForReservationPurchases(subscription: SubscriptionFacts): boolean {
  return (
    (subscription.offerType === "azure_plan" || subscription.offerType === "azure_global") &&
    subscription.status === "active"
  );
}

export type PurchasePermissionChecklist = {
  /** Required to turn the permission on. */
  azureSubscription: { met: boolean; qualifying: { subscriptionId: string; friendlyName: string }[] };
  /** Not required to turn it on, but without it customer users get an error in the Azure portal. */
  ownerRole: { met: boolean };
};

export function purchasePermissionChecklist(
  subscriptions: SubscriptionFacts[],
  assignments: RoleAssignmentFacts[],
): PurchasePermissionChecklist {
  const qualifying = subscriptions.filter(qualifiesForReservationPurchases);
  const qualifyingIds = new Set(qualifying.map((s) => s.subscriptionId));
  const ownerMet = assignments.some(
    (a) => a.role === "Owner" && a.customerUserActive && qualifyingIds.has(a.subscriptionId),
  );
  return {
    azureSubscription: {
      met: qualifying.length > 0,
      qualifying: qualifying.map(({ subscriptionId, friendlyName }) => ({ subscriptionId, friendlyName })),
    },
    ownerRole: { met: ownerMet },
  };
}

export const missingAzureSubscriptionMessage =
  "This customer needs an active Azure plan or Azure Global (MS-AZR-0145P) subscription that you purchased for them before they can be allowed to purchase Azure reservations.";

/** The reasons the permission cannot be turned on; empty when it can. */
export function purchasePermissionBlockers(checklist: PurchasePermissionChecklist): string[] {
  return checklist.azureSubscription.met ? [] : [missingAzureSubscriptionMessage];
}
