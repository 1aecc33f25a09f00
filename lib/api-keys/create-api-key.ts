import { z } from "zod";
import { apiKeys, apiKeyAccessLevels, type ApiKeyAccessLevel } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput, reason } from "@/lib/validation";
import { newApiKeySecret } from "./api-key-secret";

const dayMs = 24 * 60 * 60 * 1000;
/** A key lives a year at most: a forgotten one stops on its own. */
export const apiKeyMaxDays = 365;

export const createApiKeyInput = z.object({
  name: z
    .string({ message: reason("apiKeys.errors.nameRequired") })
    .trim()
    .min(1, reason("apiKeys.errors.nameEmpty"))
    .max(64, reason("apiKeys.errors.nameTooLong"))
    .regex(/^[\p{L}\p{N} ._-]+$/u, reason("apiKeys.errors.nameCharacters")),
  accessLevel: z.enum(apiKeyAccessLevels, { message: reason("apiKeys.errors.accessLevel") }),
  expiresInDays: z.coerce
    .number({ message: reason("apiKeys.errors.daysRequired") })
    .int(reason("apiKeys.errors.daysRequired"))
    .min(1, reason("apiKeys.errors.daysMin"))
    // The catalogue says 365 days in words: change it with apiKeyMaxDays.
    .max(apiKeyMaxDays, reason("apiKeys.errors.daysMax")),
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
export async function createApiKey(
  actorRef: ActorRef | null,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<CreatedApiKey>> {
  const input = parseInput(createApiKeyInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<CreatedApiKey>> => {
    if (actor.apiKey) return fail("forbidden", "apiKeys.errors.createdByKey");
    if (!can(actor.role, "manageApiKeys")) return fail("forbidden", "apiKeys.errors.onlyAdminsCreate");
    const { name, accessLevel, expiresInDays } = input.data;
    const secret = newApiKeySecret();
    const expiresAt = new Date(now.getTime() + expiresInDays * dayMs);
    const [created] = await tx
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
      .returning({ id: apiKeys.id });
    if (!created) {
      const values = { partner: actor.partnerName, name };
      return fail("conflict", "apiKeys.errors.nameTaken", values, {
        name: [{ reason: "apiKeys.errors.nameTaken", values }],
      });
    }
    await recordActivity(tx, {
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
