import { z } from "zod";
import { getDb } from "@/db/client";
import { purchasePermissionResources } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";
import { getCustomer } from "@/lib/customers/find-customer";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, reason } from "@/lib/validation";
import { readPurchasePermissionFacts } from "./purchase-permission-facts";
import { selfServePolicy, type SelfServePolicy } from "./self-serve-policy";

const policyPermissions = z
  .array(
    z.object({
      resource: z.enum(purchasePermissionResources, { message: reason("permissions.errors.resourceFieldInvalid") }),
      action: z.literal("Purchase", { message: reason("permissions.errors.actionPurchase") }),
    }),
  )
  .max(purchasePermissionResources.length, reason("permissions.errors.eachPermissionOnce"))
  .refine((permissions) => new Set(permissions.map((p) => p.resource)).size === permissions.length, {
    message: reason("permissions.errors.eachPermissionOnce"),
  });

/** Partner Center's POST /v1/SelfServePolicy body: one permission or both. */
export const selfServePolicyBody = z.object({
  selfServeEntity: z.object({
    selfServeEntityType: z.literal("customer", { message: reason("permissions.errors.entityTypeCustomer") }),
    tenantID: microsoftId,
  }),
  permissions: policyPermissions.refine(
    (permissions) => permissions.length > 0,
    reason("permissions.errors.atLeastOnePermission"),
  ),
});

/** Partner Center's PUT /v1/SelfServePolicy/{id} body: the permissions the policy holds from now on. */
export const selfServePolicyUpdateBody = z.object({
  permissions: policyPermissions.refine(
    (permissions) => permissions.length > 0,
    reason("permissions.errors.atLeastOnePermissionToKeep"),
  ),
});

/** A policy id is "{partner tenant id}_{customer tenant id}"; the customer part names the customer. */
export function customerOfPolicyId(actor: PartnerActor, policyId: string): string | null {
  const [partnerTenantId, customerTenantId, ...rest] = policyId.toLowerCase().split("_");
  if (rest.length || partnerTenantId !== actor.partnerTenantId) return null;
  return microsoftId.safeParse(customerTenantId).success ? customerTenantId : null;
}

/** The customer's policy as the API shows it (null when it has none), or not found when the customer is not this partner's. */
export async function getSelfServePolicy(
  actor: PartnerActor,
  customerTenantId: string,
): Promise<Result<SelfServePolicy | null>> {
  const customer = await getCustomer(actor, customerTenantId);
  if (!customer) return fail("not_found", "errors.customer_not_found");
  const { granted } = await readPurchasePermissionFacts(getDb(), customer.id);
  return ok(selfServePolicy(actor.partnerTenantId, customer.tenantId, granted));
}
