import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  activityEntries,
  purchasePermissionResources,
  type Customer,
  type PurchasePermissionResource,
} from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";
import { changedPermissions } from "@/lib/activity/changed-permissions";
import { permissionRuleOf } from "@/lib/activity/permission-rule";
import { writePermissionChange } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { readPurchasePermissionFacts } from "@/lib/customer-permissions/purchase-permission-facts";
import { readNewAzurePlanRules } from "./read-new-azure-plan-rules";

/**
 * Turns on, for a customer that has just got its first Azure plan, each permission the partner's rules for new
 * Azure plans say to, in the purchase's transaction: each exactly as an Admin agent's change writes it, granted by
 * the Admin agent who set the rule, its entry made by the agent who bought the plan and naming the rule and its
 * setter. A permission the customer already has is left as it is. Answers the permissions turned on.
 *
 * The only prerequisite of turning a permission on is an active Azure plan or Azure Global subscription, which the
 * purchase has just provided: nothing here can be refused.
 */
export async function turnOnForFirstAzurePlan(
  tx: Tx,
  actor: PartnerActor,
  customer: Customer,
  at: Date,
): Promise<PurchasePermissionResource[]> {
  const rules = await readNewAzurePlanRules(tx, actor.partnerId);
  if (rules.length === 0) return [];
  let { granted } = await readPurchasePermissionFacts(tx, customer.id);
  const turnedOn: PurchasePermissionResource[] = [];
  for (const rule of rules) {
    if (granted.includes(rule.resource)) continue;
    await writePermissionChange(tx, actor, customer, {
      resource: rule.resource,
      enabled: true,
      granted,
      at,
      grantedByPartnerUserId: rule.setBy.id,
      rule: { name: "new_azure_plan", setBy: rule.setBy.email },
    });
    granted = [...granted, rule.resource];
    turnedOn.push(rule.resource);
  }
  return turnedOn;
}

/**
 * The permissions the rules turned on with an Azure plan bought at `at`, read back from their entries (append-only,
 * and written at the purchase's instant): a purchase answered again for its idempotency key says what it said first.
 */
export async function readTurnedOnForAzurePlan(
  tx: Pick<Tx, "select">,
  customerId: number,
  at: Date,
): Promise<PurchasePermissionResource[]> {
  const entries = await tx
    .select({ oldValue: activityEntries.oldValue, newValue: activityEntries.newValue })
    .from(activityEntries)
    .where(
      and(
        eq(activityEntries.customerId, customerId),
        eq(activityEntries.createdAt, at),
        eq(activityEntries.operationType, "create_self_serve_policy"),
      ),
    );
  const turnedOn = entries
    .filter((entry) => permissionRuleOf(entry.newValue)?.name === "new_azure_plan")
    .flatMap((entry) => changedPermissions(entry.oldValue, entry.newValue));
  return purchasePermissionResources.filter((resource) => turnedOn.includes(resource));
}
