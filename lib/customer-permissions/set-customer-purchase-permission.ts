import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import {
  customerPurchasePermissions,
  purchasePermissionResources,
  type Customer,
  type PurchasePermissionResource,
} from "@/db/schema";
import type { ActorRef, PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { findPartnerCustomer } from "@/lib/customers/find-customer";
import { fail, ok, type Failure, type Result } from "@/lib/result";
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
  resource: PurchasePermissionResource;
  enabled: boolean;
  /** False when the permission already had the requested state: nothing was written. */
  changed: boolean;
};

/** Only an Admin agent may change a customer's permissions: the refusal for anyone else, or null. */
export function refusedToChangePermissions(actor: PartnerActor): Failure | null {
  return can(actor.role, "changeCustomerPermissions") ? null : fail("forbidden", "permissions.errors.onlyAdminsChange");
}

/**
 * Turns a customer's permission to purchase a resource (Azure reservations or Azure savings plans) on or off.
 * Only an Admin agent of the partner that owns the customer may do it; turning it on needs an
 * active Azure plan or Azure Global subscription. The change and its activity entry are one transaction.
 */
export async function setCustomerPurchasePermission(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<PurchasePermissionChange>> {
  const input = parseInput(setCustomerPurchasePermissionInput, rawInput);
  if (!input.ok) return input;
  const { customerId, resource, enabled } = input.data;

  // Simultaneous identical requests (from any process) see each other's result: only the first writes.
  return inWriteTransaction(actorRef, async (tx, actor) => {
    const customer = await findPartnerCustomer(tx, actor.partnerId, customerId);
    if (!customer) return fail("not_found", "errors.customer_not_found");
    return setCustomerPurchasePermissionWithin(tx, actor, { customer, resource, enabled });
  });
}

/** The body of `setCustomerPurchasePermission`, in the caller's write transaction, for a customer already found. */
export async function setCustomerPurchasePermissionWithin(
  tx: Tx,
  actor: PartnerActor,
  { customer, resource, enabled }: { customer: Customer; resource: PurchasePermissionResource; enabled: boolean },
): Promise<Result<PurchasePermissionChange>> {
  const refused = refusedToChangePermissions(actor);
  if (refused) return refused;

  const { granted, checklist } = await readPurchasePermissionFacts(tx, customer.id, resource);
  const result = { customerId: customer.tenantId, resource, enabled };
  if (granted.includes(resource) === enabled) return ok({ ...result, changed: false });

  if (enabled) {
    const [blocker] = purchasePermissionBlockers(checklist, resource);
    if (blocker) return fail("prerequisite_missing", blocker.reason, blocker.values);
  }

  const now = new Date();
  if (enabled) {
    await tx
      .insert(customerPurchasePermissions)
      .values({ customerId: customer.id, resource, grantedByPartnerUserId: actor.id, grantedAt: now });
  } else {
    await tx
      .delete(customerPurchasePermissions)
      .where(
        and(
          eq(customerPurchasePermissions.customerId, customer.id),
          eq(customerPurchasePermissions.resource, resource),
        ),
      );
  }
  const grantedAfter = enabled ? [...granted, resource] : granted.filter((r) => r !== resource);
  await recordActivity(tx, {
    actor,
    customer,
    operationType: enabled ? "create_self_serve_policy" : "delete_self_serve_policy",
    resourceType: "self_serve_policy",
    oldValue: selfServePolicy(actor.partnerTenantId, customer.tenantId, granted),
    newValue: selfServePolicy(actor.partnerTenantId, customer.tenantId, grantedAfter),
    at: now,
  });
  return ok({ ...result, changed: true });
}
