import type { OfferType, SubscriptionStatus } from "@/db/schema";

/** Statuses after which a subscription is gone for good: it no longer occupies the customer's one Azure plan. */
const endedStatuses: readonly SubscriptionStatus[] = ["deleted", "expired"];

/** A customer holds at most one Azure plan; any plan not yet ended counts, suspended ones included. */
export function existingAzurePlan<T extends { offerType: OfferType; status: SubscriptionStatus }>(
  subscriptions: T[],
): T | undefined {
  return subscriptions.find((s) => s.offerType === "azure_plan" && !endedStatuses.includes(s.status));
}

/**
 * Whether an Azure plan bought now is the customer's first: it has never had one, in any status (one it had and
 * lost does not make the next one new). Azure Global subscriptions are not Azure plans.
 */
export function isFirstAzurePlan(subscriptions: { offerType: OfferType }[]): boolean {
  return !subscriptions.some((s) => s.offerType === "azure_plan");
}

/** Partner agents may suspend an active subscription and reactivate a suspended one; nothing else. */
export function allowedStatusChange(from: SubscriptionStatus, to: "active" | "suspended"): boolean {
  return (from === "active" && to === "suspended") || (from === "suspended" && to === "active");
}
