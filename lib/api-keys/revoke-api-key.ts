import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { apiKeys } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput, reason } from "@/lib/validation";

export const revokeApiKeyInput = z.object({
  keyId: z.string().regex(/^pck_[0-9a-f]{16}$/, reason("apiKeys.errors.keyIdInvalid")),
});

/** Revokes one of the partner's API keys: it stops working on its next request. Revoking twice changes nothing. */
export async function revokeApiKey(
  actorRef: ActorRef | null,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<{ keyId: string; changed: boolean }>> {
  const input = parseInput(revokeApiKeyInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<{ keyId: string; changed: boolean }>> => {
    const [key] = await tx
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.keyId, input.data.keyId), eq(apiKeys.partnerId, actor.partnerId)))
      .limit(1);
    if (!key) return fail("not_found", "apiKeys.errors.notFound");
    if (actor.apiKey) return fail("forbidden", "apiKeys.errors.revokedByKey");
    if (!can(actor.role, "manageApiKeys")) return fail("forbidden", "apiKeys.errors.onlyAdminsRevoke");
    if (key.revokedAt) return ok({ keyId: key.keyId, changed: false });
    await tx.update(apiKeys).set({ revokedAt: now, revokedByPartnerUserId: actor.id }).where(eq(apiKeys.id, key.id));
    await recordActivity(tx, {
      actor,
      customer: null,
      operationType: "revoke_api_key",
      resourceType: "api_key",
      oldValue: { keyId: key.keyId, name: key.name, revokedAt: null },
      newValue: { keyId: key.keyId, name: key.name, revokedAt: now.toISOString() },
      at: now,
    });
    return ok({ keyId: key.keyId, changed: true });
  });
}
