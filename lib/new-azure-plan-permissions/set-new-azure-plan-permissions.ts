import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { newAzurePlanPermissions, partnerSettings } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput, reason, settingsVersion } from "@/lib/validation";
import { readNewAzurePlanPermissions, type NewAzurePlanPermissions } from "./get-new-azure-plan-permissions";
import { readNewAzurePlanRules, readNewAzurePlanRulesVersion } from "./read-new-azure-plan-rules";
import { ruleChanges, type WantedRules } from "./rule-changes";

const ruleOn = z.boolean({ message: reason("settings.errors.ruleBoolean") });

export const setNewAzurePlanPermissionsInput = z.object({
  /** Every rule, on or off: the state the Admin agent wants, based on what they read at `version`. */
  rules: z.object({ AzureReservedInstances: ruleOn, AzureSavingsPlan: ruleOn } satisfies Record<
    keyof WantedRules,
    typeof ruleOn
  >),
  /** The version the rules were read at: a save based on rules someone has changed since is refused. */
  version: settingsVersion,
});

export type NewAzurePlanPermissionsSave = Omit<NewAzurePlanPermissions, "canChange"> & { changed: boolean };

/**
 * Saves the partner's rules that turn a permission on when a customer gets its first Azure plan. Admin agents only.
 * Each rule turned on or off writes its own "Update New Azure Plan Permissions" entry; a rule turned on names the
 * Admin agent who saved it, whom every permission it turns on names too.
 */
export async function setNewAzurePlanPermissions(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<NewAzurePlanPermissionsSave>> {
  const input = parseInput(setNewAzurePlanPermissionsInput, rawInput);
  if (!input.ok) return input;

  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<NewAzurePlanPermissionsSave>> => {
    if (!can(actor.role, "changePartnerSettings")) {
      return fail("forbidden", "settings.errors.onlyAdminsNewAzurePlanRules");
    }
    const version = await readNewAzurePlanRulesVersion(tx, actor.partnerId);
    if (version !== input.data.version) return fail("edit_conflict", "settings.errors.newAzurePlanRulesChanged");

    const on = (await readNewAzurePlanRules(tx, actor.partnerId)).map((rule) => rule.resource);
    const changes = ruleChanges(on, input.data.rules);
    if (changes.length === 0)
      return ok({ ...(await readNewAzurePlanPermissions(tx, actor.partnerId)), changed: false });

    const now = new Date();
    for (const { resource, enabled } of changes) {
      if (enabled) {
        await tx
          .insert(newAzurePlanPermissions)
          .values({ partnerId: actor.partnerId, resource, setByPartnerUserId: actor.id, setAt: now });
      } else {
        await tx
          .delete(newAzurePlanPermissions)
          .where(
            and(eq(newAzurePlanPermissions.partnerId, actor.partnerId), eq(newAzurePlanPermissions.resource, resource)),
          );
      }
      await recordActivity(tx, {
        actor,
        customer: null,
        operationType: "update_new_azure_plan_permissions",
        resourceType: "partner_settings",
        oldValue: { resource, allowOnFirstAzurePlan: !enabled },
        newValue: { resource, allowOnFirstAzurePlan: enabled },
        at: now,
      });
    }
    await tx
      .insert(partnerSettings)
      .values({ partnerId: actor.partnerId, newAzurePlanRulesVersion: version + 1 })
      .onConflictDoUpdate({ target: partnerSettings.partnerId, set: { newAzurePlanRulesVersion: version + 1 } });
    return ok({ ...(await readNewAzurePlanPermissions(tx, actor.partnerId)), changed: true });
  });
}
