import { eq } from "drizzle-orm";
import { z } from "zod";
import { webhookRegistrations } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput, settingsVersion } from "@/lib/validation";
import {
  readRegistration,
  registrationValues,
  registrationView,
  type WebhookRegistrationView,
} from "./webhook-registration";
import { newWebhookSecret, previousSecretValidMs } from "./webhook-signing";

export const rotateWebhookSecretInput = z.object({ version: settingsVersion });

/**
 * A new signing secret, answered once. The one it replaces keeps signing beside it for 24 hours (each event then
 * carries both signatures), so receivers can switch over without losing an event. Admin agents only.
 */
export async function rotateWebhookSecret(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<WebhookRegistrationView & { secret: string }>> {
  const input = parseInput(rotateWebhookSecretInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(
    actorRef,
    async (tx, actor): Promise<Result<WebhookRegistrationView & { secret: string }>> => {
      if (!can(actor.role, "changePartnerSettings")) return fail("forbidden", "webhooks.errors.onlyAdmins");
      const current = await readRegistration(tx, actor.partnerId);
      if (!current) return fail("not_found", "webhooks.errors.notRegistered");
      if (current.version !== input.data.version) return fail("edit_conflict", "webhooks.errors.changedSinceRead");
      const at = new Date();
      const secret = newWebhookSecret();
      const [row] = await tx
        .update(webhookRegistrations)
        .set({
          secret,
          previousSecret: current.secret,
          previousSecretUntil: new Date(at.getTime() + previousSecretValidMs),
          version: current.version + 1,
          updatedByPartnerUserId: actor.id,
        })
        .where(eq(webhookRegistrations.id, current.id))
        .returning();
      await recordActivity(tx, {
        actor,
        customer: null,
        operationType: "update_webhook_registration",
        resourceType: "webhook_registration",
        oldValue: registrationValues(current),
        newValue: { ...registrationValues(row), secretRotated: true },
        at,
      });
      return ok({ ...registrationView(row, at), secret });
    },
  );
}
