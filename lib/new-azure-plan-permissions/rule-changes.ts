import { purchasePermissionResources, type PurchasePermissionResource } from "@/db/schema";

/** Each rule for new Azure plans, on or off, as a save asks for them. */
export type WantedRules = Record<PurchasePermissionResource, boolean>;

/**
 * What a save changes: the rules whose state it asks to be other than it is, reservations first. A rule already so
 * is not a change (no entry, no new setter).
 */
export function ruleChanges(
  on: readonly PurchasePermissionResource[],
  wanted: WantedRules,
): { resource: PurchasePermissionResource; enabled: boolean }[] {
  return purchasePermissionResources
    .filter((resource) => on.includes(resource) !== wanted[resource])
    .map((resource) => ({ resource, enabled: wanted[resource] }));
}
