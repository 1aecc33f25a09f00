import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiKeys } from "@/db/schema";
import { loadApiKeyActor, type ActorRef } from "@/lib/access/actor";
import { inResultTransaction } from "@/lib/access/write-transaction";
import { fail, ok, type Failure, type Result } from "@/lib/result";
import { parseApiKey, secretMatches } from "./api-key-secret";
import { countRequest } from "./rate-limit";

export type ApiKeyRefusal = Failure & { retryAt?: Date };

/**
 * Who a presented API key acts for, counted against its rate limit. One write transaction reads the key, checks it
 * and counts the request, so every app process shares one count per key (the window lives in the database).
 */
export async function authenticateApiKey(
  presented: string,
  now = new Date(),
): Promise<Result<{ ref: ActorRef }> | ApiKeyRefusal> {
  const parsed = parseApiKey(presented);
  const notValid = fail("unauthenticated", "apiKeys.errors.notValid");
  if (!parsed) return notValid;
  // The secret is checked with a plain read first: a forged key never takes the write lock.
  const [stored] = await getDb().select().from(apiKeys).where(eq(apiKeys.keyId, parsed.keyId)).limit(1);
  if (!stored || !secretMatches(parsed.secret, stored.secretHash)) return notValid;
  return inResultTransaction("write", async (tx): Promise<Result<{ ref: ActorRef }> | ApiKeyRefusal> => {
    const [key] = await tx.select().from(apiKeys).where(eq(apiKeys.id, stored.id)).limit(1);
    if (key.revokedAt) return fail("unauthenticated", "apiKeys.errors.revoked");
    if (key.expiresAt <= now) return fail("unauthenticated", "apiKeys.errors.expired");
    if (!(await loadApiKeyActor(tx, key.id, now))) return fail("unauthenticated", "apiKeys.errors.creatorGone");
    const decision = countRequest(key, now);
    if (!decision.allowed) {
      return { ...fail("rate_limited"), retryAt: decision.retryAt };
    }
    await tx
      .update(apiKeys)
      .set({ ...decision.window, lastUsedAt: now })
      .where(eq(apiKeys.id, key.id));
    return ok({ ref: { kind: "api_key", id: key.id } });
  });
}
