import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { webhookEventNames, webhookRegistrations, type WebhookEventName } from "@/db/schema";
import { reason } from "@/lib/validation";
import { allowsLocalWebhooks, webhookUrlMaxLength, webhookUrlProblem } from "./webhook-address";

/** The events a registration may ask for: every event but the test one, which is sent on request only. */
export const subscribableEvents = webhookEventNames.filter(
  (name): name is Exclude<WebhookEventName, "test-created"> => name !== "test-created",
);

/** A receiver's URL: https, or plain http to this machine when WEBHOOKS_ALLOW_LOCAL=1 (development and tests). */
export const webhookUrl = z
  .string({ message: reason("webhooks.errors.urlRequired") })
  .trim()
  .max(webhookUrlMaxLength, reason("webhooks.errors.urlTooLong"))
  .superRefine((url, context) => {
    const problem = webhookUrlProblem(url, allowsLocalWebhooks());
    if (problem) context.addIssue({ code: "custom", message: reason(`webhooks.errors.url.${problem}`) });
  });

export const webhookEvents = z
  .array(z.enum(subscribableEvents, { message: reason("webhooks.errors.unknownEvent") }), {
    message: reason("webhooks.errors.eventsRequired"),
  })
  .min(1, reason("webhooks.errors.eventsRequired"))
  .max(subscribableEvents.length)
  .transform((events) => subscribableEvents.filter((name) => events.includes(name)));

/** A registration as agents and the API see it: never its secret, which is shown once, when made. */
export type WebhookRegistrationView = {
  url: string;
  events: WebhookEventName[];
  enabled: boolean;
  /** When Partner Console turned it off after a day of failed deliveries (null: it did not). */
  disabledForFailuresAt: Date | null;
  /** Until when the previous secret still signs, after a rotation. */
  previousSecretUntil: Date | null;
  failingSince: Date | null;
  version: number;
  createdAt: Date;
};

export type WebhookRegistrationRow = typeof webhookRegistrations.$inferSelect;

export async function readRegistration(
  tx: Pick<Tx, "select">,
  partnerId: number,
): Promise<WebhookRegistrationRow | null> {
  const [row] = await tx
    .select()
    .from(webhookRegistrations)
    .where(eq(webhookRegistrations.partnerId, partnerId))
    .limit(1);
  return row ?? null;
}

export function registrationView(row: WebhookRegistrationRow, now = new Date()): WebhookRegistrationView {
  return {
    url: row.url,
    events: row.events,
    enabled: row.enabled,
    disabledForFailuresAt: row.disabledForFailuresAt,
    previousSecretUntil: row.previousSecretUntil && row.previousSecretUntil > now ? row.previousSecretUntil : null,
    failingSince: row.failingSince,
    version: row.version,
    createdAt: row.createdAt,
  };
}

/** What the activity entry of a registration change records: never the secret. */
export const registrationValues = (row: Pick<WebhookRegistrationRow, "url" | "events" | "enabled">) => ({
  url: row.url,
  events: row.events,
  enabled: row.enabled,
});
