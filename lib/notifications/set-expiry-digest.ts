import { eq } from "drizzle-orm";
import { z } from "zod";
import { partnerUsers } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { ok, type Result } from "@/lib/result";
import { parseInput, reason } from "@/lib/validation";

export const setExpiryDigestInput = z.object({
  enabled: z.boolean({ message: reason("settings.errors.enabledBoolean") }),
});

export type ExpiryDigestSave = { enabled: boolean; changed: boolean };

/**
 * Turns the signed-in agent's own daily digest of what expires within 30 days on or off (lib/jobs/expiry-digests.ts).
 * Any partner role may: it is their own setting, and the digest tells them nothing the Expiring soon page does not. A
 * person's preference, not a change to the partner's business: it writes no activity entry (as the language does).
 */
export async function setExpiryDigest(actorRef: ActorRef | null, rawInput: unknown): Promise<Result<ExpiryDigestSave>> {
  const input = parseInput(setExpiryDigestInput, rawInput);
  if (!input.ok) return input;
  const { enabled } = input.data;

  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<ExpiryDigestSave>> => {
    const [user] = await tx
      .select({ expiryDigest: partnerUsers.expiryDigest })
      .from(partnerUsers)
      .where(eq(partnerUsers.id, actor.id))
      .limit(1);
    if (user.expiryDigest === enabled) return ok({ enabled, changed: false });
    await tx.update(partnerUsers).set({ expiryDigest: enabled }).where(eq(partnerUsers.id, actor.id));
    return ok({ enabled, changed: true });
  });
}
