import type { PurchasePermissionResource } from "@/db/schema";
import { purchasePermissionNames } from "@/lib/customer-permissions/prerequisites";

function resourcesOf(policyJson: string | null): Set<string> {
  if (!policyJson) return new Set();
  try {
    const policy = JSON.parse(policyJson) as { permissions?: { resource?: string }[] };
    return new Set((policy.permissions ?? []).map((permission) => permission.resource ?? ""));
  } catch {
    return new Set();
  }
}

/**
 * Which customer permissions a "Create/Delete Customer Purchase Permissions" entry turned on or off, by name
 * ("Azure savings plans"): the entries keep Partner Center's labels, and this tells the two permissions apart.
 */
export function changedPermissions(oldPolicy: string | null, newPolicy: string | null): string[] {
  const before = resourcesOf(oldPolicy);
  const after = resourcesOf(newPolicy);
  return (Object.keys(purchasePermissionNames) as PurchasePermissionResource[])
    .filter((resource) => before.has(resource) !== after.has(resource))
    .map((resource) => purchasePermissionNames[resource]);
}
