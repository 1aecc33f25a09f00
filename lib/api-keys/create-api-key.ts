import { z } from "zod";
import { apiKeys, apiKeyAccessLevels, type ApiKeyAccessLevel } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import { newApiKeySecret } from "./api-key-secret";

const dayMs = 24 * 60 * 60 * 1000;
/** A key lives a year at most: a forgotten one stops on its own. */
export const apiKeyMaxDays = 365;

export const createApiKeyInput = z.object({
  name: z
    .string({ message: "Name the key." })
    .trim()
    .min(1, "Name the key, e.g. nightly-sync.")
    .max(64, "Keep the name to 64 characters.")
    .regex(/^[\p{L}\p{N} ._-]+$/u, "Use letters, digits, spaces, dots, dashes and underscores only."),
  accessLevel: z.enum(apiKeyAccessLevels, { message: "Choose read-only or full access." }),
  expiresInDays: z.coerce
    .number({ message: "Say how many days the key lasts." })
    .int("Say how many days the key lasts.")
    .min(1, "A key lasts at least a day.")
    .max(apiKeyMaxDays, `A key lasts at most ${apiKeyMaxDays} days.`),
});

export type CreatedApiKey = {
  keyId: string;
  name: string;
  accessLevel: ApiKeyAccessLevel;
  expiresAt: Date;
  /** The whole key, secret included: answered this once, never stored. */
  key: string;
};

/**
 * An Admin agent creates an API key for a program: a name, read-only or full access, an expiry within a year. The
 * secret is answered once and only its hash is kept; the key and its "Create API Key" entry are written together.
 */
export function createApiKey(actorRef: ActorRef | null, rawInput: unknown, now = new Date()): Result<CreatedApiKey> {
  const input = parseInput(createApiKeyInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, (tx, actor): Result<CreatedApiKey> => {
    if (actor.apiKey) return fail("forbidden", "API keys are created in Settings by an Admin agent, not by a key.");
    if (!can(actor.role, "manageApiKeys")) return fail("forbidden", "Only Admin agents can create API keys.");
    const { name, accessLevel, expiresInDays } = input.data;
    const secret = newApiKeySecret();
    const expiresAt = new Date(now.getTime() + expiresInDays * dayMs);
    const created = tx
      .insert(apiKeys)
      .values({
        keyId: secret.keyId,
        partnerId: actor.partnerId,
        name,
        accessLevel,
        secretHash: secret.secretHash,
        createdByPartnerUserId: actor.id,
        createdAt: now,
        expiresAt,
      })
      .onConflictDoNothing()
      .returning({ id: apiKeys.id })
      .get();
    if (!created) {
      const message = `${actor.partnerName} already has a key named ${name}. Choose another name, or revoke that key first.`;
      return fail("conflict", message, { name: [message] });
    }
    recordActivity(tx, {
      actor,
      customer: null,
      operationType: "create_api_key",
      resourceType: "api_key",
      oldValue: null,
      newValue: { keyId: secret.keyId, name, accessLevel, expiresAt: expiresAt.toISOString() },
      at: now,
    });
    return ok({ keyId: secret.keyId, name, accessLevel, expiresAt, key: secret.key });
  });
}
