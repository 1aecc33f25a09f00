import { purchasePermissionResources, type PurchasePermissionResource } from "@/db/schema";

/** Partner Center's SelfServePolicy resource: what the permission is on the wire and in activity entries. */
export type SelfServePolicy = {
  id: string;
  selfServeEntity: { selfServeEntityType: "customer"; tenantID: string };
  grantor: { grantorType: "billToPartner"; tenantID: string };
  permissions: { resource: PurchasePermissionResource; action: "Purchase" }[];
  attributes: { objectType: "SelfServePolicy" };
};

export function selfServePolicy(
  partnerTenantId: string,
  customerTenantId: string,
  resources: PurchasePermissionResource[],
): SelfServePolicy | null {
  if (resources.length === 0) return null;
  return {
    id: `${partnerTenantId}_${customerTenantId}`,
    selfServeEntity: { selfServeEntityType: "customer", tenantID: customerTenantId },
    grantor: { grantorType: "billToPartner", tenantID: partnerTenantId },
    // In Partner Center's order, reservations first, whatever order they were granted in.
    permissions: purchasePermissionResources
      .filter((resource) => resources.includes(resource))
      .map((resource) => ({ resource, action: "Purchase" as const })),
    attributes: { objectType: "SelfServePolicy" },
  };
}
