import { purchasePermissionResources, type PurchasePermissionResource } from "@/db/schema";

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
 * Which customer permissions a "Create/Delete Customer Purchase Permissions" entry turned on or off
 * (AzureSavingsPlan, say): the entries keep Partner Center's operation names, and this tells the two permissions
 * apart. The page puts each into the reader's words.
 */
export function changedPermissions(oldPolicy: string | null, newPolicy: string | null): PurchasePermissionResource[] {
  const before = resourcesOf(oldPolicy);
  const after = resourcesOf(newPolicy);
  return purchasePermissionResources.filter((resource) => before.has(resource) !== after.has(resource));
}
