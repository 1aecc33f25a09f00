import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { customerPurchasePermissions, purchasePermissionResources } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { findPartnerCustomer } from "@/lib/customers/find-customer";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason } from "@/lib/validation";
import { purchasePermissionBlockers } from "./prerequisites";
import { readPurchasePermissionFacts } from "./purchase-permission-facts";
import { selfServePolicy } from "./self-serve-policy";

export const setCustomerPurchasePermissionInput = z.object({
  customerId: microsoftId,
  resource: z.enum(purchasePermissionResources, { message: reason("permissions.errors.resourceInvalid") }),
  enabled: z.boolean({ message: reason("permissions.errors.enabledBoolean") }),
});

export type SetCustomerPurchasePermissionInput = z.input<typeof setCustomerPurchasePermissionInput>;

export type PurchasePermissionChange = {
  customerId: string;
  resource: (typeof purchasePermissionResources)[number];
  enabled: boolean;
  /** False when the permission already had the requested state: nothing was written. */
  changed: boolean;
};

/**
 * Turns a customer's permission to purchase a resource (Azure reservations or Azure savings plans) on or off.
 * Only an Admin agent of the partner that owns the customer may do it; turning it on needs an
 * active Azure plan or Azure Global subscription. The change and its activity entry are one transaction.
 */
export function setCustomerPurchasePermission(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Result<PurchasePermissionChange> {
  const input = parseInput(setCustomerPurchasePermissionInput, rawInput);
  if (!input.ok) return input;
  const { customerId, resource, enabled } = input.data;

  // Simultaneous identical requests (from any process) see each other's result: only the first writes.
  return inWriteTransaction(actorRef, (tx, actor): Result<PurchasePermissionChange> => {
    const customer = findPartnerCustomer(tx, actor.partnerId, customerId);
    if (!customer) return fail("not_found", "errors.customer_not_found");
    if (!can(actor.role, "changeCustomerPermissions")) {
      return fail("forbidden", "permissions.errors.onlyAdminsChange");
    }

    const { granted, checklist } = readPurchasePermissionFacts(tx, customer.id, resource);
    const result = { customerId: customer.tenantId, resource, enabled };
    if (granted.includes(resource) === enabled) return ok({ ...result, changed: false });

    if (enabled) {
      const [blocker] = purchasePermissionBlockers(checklist, resource);
      if (blocker) return fail("prerequisite_missing", blocker.reason, blocker.values);
    }

    const now = new Date();
    if (enabled) {
      tx.insert(customerPurchasePermissions)
        .values({ customerId: customer.id, resource, grantedByPartnerUserId: actor.id, grantedAt: now })
        .run();
    } else {
      tx.delete(customerPurchasePermissions)
        .where(
          and(
            eq(customerPurchasePermissions.customerId, customer.id),
            eq(customerPurchasePermissions.resource, resource),
          ),
        )
        .run();
    }
    const grantedAfter = enabled ? [...granted, resource] : granted.filter((r) => r !== resource);
    recordActivity(tx, {
      actor,
      customer,
      operationType: enabled ? "create_self_serve_policy" : "delete_self_serve_policy",
      resourceType: "self_serve_policy",
      oldValue: selfServePolicy(actor.partnerTenantId, customer.tenantId, granted),
      newValue: selfServePolicy(actor.partnerTenantId, customer.tenantId, grantedAfter),
      at: now,
    });
    return ok({ ...result, changed: true });
  });
}
