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
import type { PermissionRule } from "@/lib/activity/permission-rule";
import { recordActivity, type NewActivityEntry } from "@/lib/activity/record-activity";
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

  await writePermissionChange(tx, actor, customer, { resource, enabled, granted, at: new Date() });
  return ok({ ...result, changed: true });
}

/** A change of one permission, its checks passed, as it is written (by an agent, a bulk job or a rule). */
export type PermissionChange = {
  resource: PurchasePermissionResource;
  enabled: boolean;
  /** What the customer had before the change. */
  granted: PurchasePermissionResource[];
  at: Date;
  /** A partner's rule that made the change (its entry names it); null or absent when an agent made it by hand. */
  rule?: PermissionRule | null;
};

/**
 * Writes a checked change: the permission's row (granted by the actor, or by the Admin agent who set the rule that
 * made it) and its activity entry, in the caller's transaction.
 */
export async function writePermissionChange(
  tx: Tx,
  actor: PartnerActor,
  customer: Pick<Customer, "id" | "companyName" | "tenantId">,
  change: PermissionChange & { grantedByPartnerUserId?: number },
): Promise<void> {
  const { resource, enabled, at } = change;
  if (enabled) {
    await tx.insert(customerPurchasePermissions).values({
      customerId: customer.id,
      resource,
      grantedByPartnerUserId: change.grantedByPartnerUserId ?? actor.id,
      grantedAt: at,
    });
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
  await recordActivity(tx, permissionChangeEntry(actor, customer, change));
}

/**
 * The "Create/Delete Customer Purchase Permissions" entry of one change: the customer's self-serve policy before and
 * after. Every change writes it so, one at a time or many at once (lib/permission-jobs).
 */
export function permissionChangeEntry(
  actor: PartnerActor,
  customer: Pick<Customer, "id" | "companyName" | "tenantId">,
  change: PermissionChange,
): NewActivityEntry {
  const { resource, enabled, granted, rule } = change;
  const grantedAfter = enabled ? [...granted, resource] : granted.filter((r) => r !== resource);
  const policyAfter = selfServePolicy(actor.partnerTenantId, customer.tenantId, grantedAfter);
  return {
    actor,
    customer,
    operationType: enabled ? "create_self_serve_policy" : "delete_self_serve_policy",
    resourceType: "self_serve_policy",
    oldValue: selfServePolicy(actor.partnerTenantId, customer.tenantId, granted),
    // A rule's change says so beside the policy, so the log can tell it from an agent's own (lib/activity/permission-rule.ts).
    newValue: rule && policyAfter ? { ...policyAfter, rule } : policyAfter,
    at: change.at,
  };
}
