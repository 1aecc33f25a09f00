import type { PurchasePermissionResource } from "@/db/schema";
import { billsAzurePurchases, type SubscriptionFacts } from "@/lib/customer-permissions/prerequisites";
import type { Reason } from "@/lib/result";

/** Why a job cannot give a customer the permission: the same prerequisite a single change checks, told apart. */
export const cannotReasons = {
  noAzurePlan: "permissionJobs.reasons.noAzurePlan",
  azurePlanNotActive: "permissionJobs.reasons.azurePlanNotActive",
} as const satisfies Record<string, Reason>;

export type CannotReason = (typeof cannotReasons)[keyof typeof cannotReasons];

/** What a job needs to know of one customer: the permissions it has, and its subscriptions' offers and states. */
export type CustomerPermissionState = {
  granted: PurchasePermissionResource[];
  subscriptions: Pick<SubscriptionFacts, "offerType" | "status">[];
};

/** What a job does for one customer. */
export type PermissionJobStep =
  { outcome: "changed" } | { outcome: "unchanged" } | { outcome: "skipped"; reason: CannotReason };

/**
 * The one rule of a bulk change, as a single change applies it (set-customer-purchase-permission.ts): a customer that
 * already has the state asked for is left alone; turning the permission on needs an active Azure plan or Azure
 * Global subscription (billsAzurePurchases); turning it off needs nothing.
 */
export function permissionJobStep(
  state: CustomerPermissionState,
  resource: PurchasePermissionResource,
  enabled: boolean,
): PermissionJobStep {
  if (state.granted.includes(resource) === enabled) return { outcome: "unchanged" };
  if (enabled && !state.subscriptions.some(billsAzurePurchases)) {
    const hasAzure = state.subscriptions.some((s) => s.offerType === "azure_plan" || s.offerType === "azure_global");
    return { outcome: "skipped", reason: hasAzure ? cannotReasons.azurePlanNotActive : cannotReasons.noAzurePlan };
  }
  return { outcome: "changed" };
}

/**
 * About how long the rest will take, at the rate the job has gone so far; null before the first customer is done
 * and once nothing is waiting.
 */
export function secondsLeft(done: number, waiting: number, elapsedMs: number): number | null {
  if (done === 0 || waiting === 0 || elapsedMs <= 0) return null;
  return Math.ceil((waiting * elapsedMs) / done / 1000);
}
