import { eq } from "drizzle-orm";
import { z } from "zod";
import { webhookRegistrations } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput, reason, settingsVersion } from "@/lib/validation";
import { newWebhookSecret } from "./webhook-signing";
import {
  readRegistration,
  registrationValues,
  registrationView,
  webhookEvents,
  webhookUrl,
  type WebhookRegistrationView,
} from "./webhook-registration";

export const createWebhookRegistrationInput = z.object({
  url: webhookUrl,
  events: webhookEvents,
  enabled: z.boolean({ message: reason("webhooks.errors.enabledBoolean") }).default(true),
});

export const updateWebhookRegistrationInput = createWebhookRegistrationInput.extend({
  /** The version the registration was read at: a save based on one someone has changed since is refused. */
  version: settingsVersion,
});

export type CreatedWebhookRegistration = WebhookRegistrationView & {
  /** The signing secret: shown this once, never again (rotate it to get a new one). */
  secret: string;
};

/** Registers the partner's webhook (one a partner, as in Partner Center) and answers its secret, once. Admin only. */
export async function createWebhookRegistration(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<CreatedWebhookRegistration>> {
  const input = parseInput(createWebhookRegistrationInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<CreatedWebhookRegistration>> => {
    if (!can(actor.role, "changePartnerSettings")) return fail("forbidden", "webhooks.errors.onlyAdmins");
    if (await readRegistration(tx, actor.partnerId)) return fail("conflict", "webhooks.errors.alreadyRegistered");
    const at = new Date();
    const secret = newWebhookSecret();
    const [row] = await tx
      .insert(webhookRegistrations)
      .values({ partnerId: actor.partnerId, ...input.data, secret, updatedByPartnerUserId: actor.id, createdAt: at })
      .returning();
    await recordActivity(tx, {
      actor,
      customer: null,
      operationType: "update_webhook_registration",
      resourceType: "webhook_registration",
      oldValue: null,
      newValue: registrationValues(row),
      at,
    });
    return ok({ ...registrationView(row, at), secret });
  });
}

/**
 * Changes the partner's webhook: its URL, its events, on or off. Turning it on again after Partner Console turned it
 * off for failing starts its health afresh. A save based on a version someone has changed since is refused.
 */
export async function updateWebhookRegistration(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<WebhookRegistrationView>> {
  const input = parseInput(updateWebhookRegistrationInput, rawInput);
  if (!input.ok) return input;
  const { version, ...values } = input.data;
  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<WebhookRegistrationView>> => {
    if (!can(actor.role, "changePartnerSettings")) return fail("forbidden", "webhooks.errors.onlyAdmins");
    const current = await readRegistration(tx, actor.partnerId);
    if (!current) return fail("not_found", "webhooks.errors.notRegistered");
    if (current.version !== version) return fail("edit_conflict", "webhooks.errors.changedSinceRead");
    const at = new Date();
    const turnedOn = values.enabled && !current.enabled;
    const [row] = await tx
      .update(webhookRegistrations)
      .set({
        ...values,
        version: current.version + 1,
        updatedByPartnerUserId: actor.id,
        ...(turnedOn ? { disabledForFailuresAt: null, failingSince: null } : {}),
      })
      .where(eq(webhookRegistrations.id, current.id))
      .returning();
    await recordActivity(tx, {
      actor,
      customer: null,
      operationType: "update_webhook_registration",
      resourceType: "webhook_registration",
      oldValue: registrationValues(current),
      newValue: registrationValues(row),
      at,
    });
    return ok(registrationView(row, at));
  });
}
