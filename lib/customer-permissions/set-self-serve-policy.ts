import { z } from "zod";
import { purchasePermissionResources, type PurchasePermissionResource } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { findPartnerCustomer } from "@/lib/customers/find-customer";
import { fail, ok, type Failure, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason } from "@/lib/validation";
import { readPurchasePermissionFacts } from "./purchase-permission-facts";
import { refusedToChangePermissions, setCustomerPurchasePermissionWithin } from "./set-customer-purchase-permission";

export const setSelfServePolicyInput = z.object({
  customerId: microsoftId,
  /** The permissions the policy holds afterwards: none (delete), one, or both. */
  resources: z
    .array(z.enum(purchasePermissionResources, { message: reason("permissions.errors.resourceFieldInvalid") }))
    .max(purchasePermissionResources.length)
    .refine(
      (resources) => new Set(resources).size === resources.length,
      reason("permissions.errors.eachPermissionOnce"),
    ),
  /** "create" refuses a customer that already has a policy (Partner Center's 600041); "replace" sets it as given. */
  mode: z.enum(["create", "replace"]),
});

export type SelfServePolicyChange = { customerId: string; before: PurchasePermissionResource[]; changed: boolean };

/**
 * Partner Center's SelfServePolicy holds both permissions: this sets the customer's policy to exactly the given
 * permissions, each turned on or off by the Account page's own use case (same rules, same activity entries), all of
 * them in one transaction or none. A create for a customer that already has a policy is a conflict, once the role
 * allows the change at all (decision record 003: role before prerequisites).
 */
export async function setSelfServePolicy(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<SelfServePolicyChange> | (Failure & { alreadyExists?: true })> {
  const input = parseInput(setSelfServePolicyInput, rawInput);
  if (!input.ok) return input;
  const { customerId, resources, mode } = input.data;
  return inWriteTransaction(
    actorRef,
    async (tx, actor): Promise<Result<SelfServePolicyChange> | (Failure & { alreadyExists?: true })> => {
      const customer = await findPartnerCustomer(tx, actor.partnerId, customerId);
      if (!customer) return fail("not_found", "errors.customer_not_found");
      const refused = refusedToChangePermissions(actor);
      if (refused) return refused;
      const { granted } = await readPurchasePermissionFacts(tx, customer.id);
      if (mode === "create" && granted.length > 0) {
        return { ...fail("conflict", "permissions.errors.policyExists"), alreadyExists: true };
      }
      let changed = false;
      for (const resource of purchasePermissionResources) {
        const done = await setCustomerPurchasePermissionWithin(tx, actor, {
          customer,
          resource,
          enabled: resources.includes(resource),
        });
        if (!done.ok) return done;
        changed ||= done.data.changed;
      }
      return ok({ customerId: customer.tenantId, before: granted, changed });
    },
  );
}
