import { eq } from "drizzle-orm";
import { z } from "zod";
import { partnerSettings } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput, reason, settingsVersion } from "@/lib/validation";

export const setPurchaseAlertsInput = z.object({
  enabled: z.boolean({ message: reason("settings.errors.enabledBoolean") }),
  /** The version the settings were read at: a save based on a setting someone has changed since is refused. */
  version: settingsVersion,
});

export type PurchaseAlertsSave = { enabled: boolean; changed: boolean; version: number };

/** Turns in-app alerts for customers' own purchases on or off for the whole partner. Admin agents only. */
export async function setPurchaseAlerts(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<PurchaseAlertsSave>> {
  const input = parseInput(setPurchaseAlertsInput, rawInput);
  if (!input.ok) return input;
  const { enabled } = input.data;

  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<PurchaseAlertsSave>> => {
    if (!can(actor.role, "changePartnerSettings")) return fail("forbidden", "settings.errors.onlyAdminsAlerts");
    const [current] = await tx
      .select()
      .from(partnerSettings)
      .where(eq(partnerSettings.partnerId, actor.partnerId))
      .limit(1);
    const version = current?.version ?? 0;
    if (version !== input.data.version) {
      return fail("edit_conflict", "settings.errors.alertsChanged");
    }
    const before = current?.purchaseAlerts ?? false;
    if (before === enabled) return ok({ enabled, changed: false, version });
    await tx
      .insert(partnerSettings)
      .values({ partnerId: actor.partnerId, purchaseAlerts: enabled, version: version + 1 })
      .onConflictDoUpdate({
        target: partnerSettings.partnerId,
        set: { purchaseAlerts: enabled, version: version + 1 },
      });
    await recordActivity(tx, {
      actor,
      customer: null,
      operationType: "update_purchase_alerts",
      resourceType: "partner_settings",
      oldValue: { purchaseAlerts: before },
      newValue: { purchaseAlerts: enabled },
      at: new Date(),
    });
    return ok({ enabled, changed: true, version: version + 1 });
  });
}
