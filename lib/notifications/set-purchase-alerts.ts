import { eq } from "drizzle-orm";
import { z } from "zod";
import { partnerSettings } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";

export const setPurchaseAlertsInput = z.object({ enabled: z.boolean({ message: "enabled must be true or false." }) });

/** Turns in-app alerts for customers' own purchases on or off for the whole partner. Admin agents only. */
export function setPurchaseAlerts(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Result<{ enabled: boolean; changed: boolean }> {
  const input = parseInput(setPurchaseAlertsInput, rawInput);
  if (!input.ok) return input;
  const { enabled } = input.data;

  return inWriteTransaction(actorRef, (tx, actor): Result<{ enabled: boolean; changed: boolean }> => {
    if (!can(actor.role, "changePartnerSettings"))
      return fail("forbidden", "Only Admin agents can change purchase alerts.");
    const current = tx.select().from(partnerSettings).where(eq(partnerSettings.partnerId, actor.partnerId)).get();
    const before = current?.purchaseAlerts ?? false;
    if (before === enabled) return ok({ enabled, changed: false });
    tx.insert(partnerSettings)
      .values({ partnerId: actor.partnerId, purchaseAlerts: enabled })
      .onConflictDoUpdate({ target: partnerSettings.partnerId, set: { purchaseAlerts: enabled } })
      .run();
    recordActivity(tx, {
      actor,
      customer: null,
      operationType: "update_purchase_alerts",
      resourceType: "partner_settings",
      oldValue: { purchaseAlerts: before },
      newValue: { purchaseAlerts: enabled },
      at: new Date(),
    });
    return ok({ enabled, changed: true });
  });
}
