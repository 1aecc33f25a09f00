import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { partnerUsers } from "@/db/schema";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { endUserSessions } from "@/lib/auth/sessions";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import { hasRecentMfa } from "./mfa-rules";
import type { MfaSession } from "./mfa-session";
import { deleteAllSecurityInfo, recordSecurityInfoChange } from "./security-info-store";

export const resetUserMfaInput = z.object({ partnerUserId: z.number().int().positive() });

/**
 * A lost device: an Admin agent resets another partner user's MFA. Their methods and recovery codes are gone and their
 * sessions end, so whoever holds the device or a signed-in browser is out; at their next sign-in they set MFA up again.
 * A change to someone's MFA, so the Admin agent's own MFA must be recent. Another partner's user is not found.
 */
export function resetUserMfa(
  session: MfaSession | null,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<{ partnerUserId: number }>> {
  const input = parseInput(resetUserMfaInput, rawInput);
  if (!input.ok) return Promise.resolve(input);
  return inWriteTransaction(session?.ref ?? null, async (tx, actor) => {
    if (!can(actor.role, "manageUsers")) return fail("forbidden");
    const [user] = await tx
      .select({ id: partnerUsers.id, email: partnerUsers.email })
      .from(partnerUsers)
      .where(and(eq(partnerUsers.id, input.data.partnerUserId), eq(partnerUsers.partnerId, actor.partnerId)))
      .limit(1);
    if (!user) return fail("not_found");
    // One's own methods are changed on one's Security info page, where one keeps at least one.
    if (user.id === actor.id) return fail("forbidden", "mfa.errors.resetOwn");
    if (!session || !hasRecentMfa(session, now)) return fail("recent_mfa_required");
    const ref = { kind: "partner_user", id: user.id } as const;
    await deleteAllSecurityInfo(tx, ref);
    await endUserSessions(tx, ref, null, now);
    await recordSecurityInfoChange(
      tx,
      actor,
      { operationType: "reset_user_mfa", user: { ref, userPrincipalName: user.email }, method: null },
      now,
    );
    return ok({ partnerUserId: user.id });
  });
}
