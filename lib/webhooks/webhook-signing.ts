import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

/** A new signing secret in Standard Webhooks' form: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/** How long a rotated-out secret keeps signing beside the new one, for receivers to switch over. */
export const previousSecretValidMs = 24 * 60 * 60 * 1000;

/** The secrets an attempt signs with: the current one, and the previous one while it is still valid. */
export function signingSecrets(
  registration: { secret: string; previousSecret: string | null; previousSecretUntil: Date | null },
  now: Date,
): string[] {
  const { secret, previousSecret, previousSecretUntil } = registration;
  return previousSecret && previousSecretUntil && previousSecretUntil > now ? [secret, previousSecret] : [secret];
}

export type WebhookHeaders = { "webhook-id": string; "webhook-timestamp": string; "webhook-signature": string };

/**
 * The Standard Webhooks headers of one attempt, signed with the library the receivers verify with: the id stays the
 * same on every attempt, the timestamp is the attempt's, and each valid secret adds a signature (space-separated).
 */
export function webhookHeaders(webhookId: string, payload: string, at: Date, secrets: string[]): WebhookHeaders {
  return {
    "webhook-id": webhookId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": secrets.map((secret) => new Webhook(secret).sign(webhookId, at, payload)).join(" "),
  };
}
