import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { webhookAttempts, webhookEvents, webhookRegistrations } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput, settingsVersion } from "@/lib/validation";
import { readRegistration, registrationValues } from "./webhook-registration";

export const deleteWebhookRegistrationInput = z.object({ version: settingsVersion });

/**
 * Deletes the partner's webhook with its delivery log: nothing more is sent, and a new registration starts with a new
 * secret. The activity entry keeps what it was. Admin agents only; a delete based on a stale read is refused.
 */
export async function deleteWebhookRegistration(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<{ deleted: true }>> {
  const input = parseInput(deleteWebhookRegistrationInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<{ deleted: true }>> => {
    if (!can(actor.role, "changePartnerSettings")) return fail("forbidden", "webhooks.errors.onlyAdmins");
    const current = await readRegistration(tx, actor.partnerId);
    if (!current) return fail("not_found", "webhooks.errors.notRegistered");
    if (current.version !== input.data.version) return fail("edit_conflict", "webhooks.errors.changedSinceRead");
    const events = tx
      .select({ id: webhookEvents.id })
      .from(webhookEvents)
      .where(eq(webhookEvents.registrationId, current.id));
    await tx.delete(webhookAttempts).where(inArray(webhookAttempts.eventId, events));
    await tx.delete(webhookEvents).where(eq(webhookEvents.registrationId, current.id));
    await tx.delete(webhookRegistrations).where(eq(webhookRegistrations.id, current.id));
    await recordActivity(tx, {
      actor,
      customer: null,
      operationType: "update_webhook_registration",
      resourceType: "webhook_registration",
      oldValue: registrationValues(current),
      newValue: null,
      at: new Date(),
    });
    return ok({ deleted: true });
  });
}
