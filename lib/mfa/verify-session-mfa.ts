import { z } from "zod";
import { getDb } from "@/db/client";
import type { MfaMethod } from "@/db/enums";
import { writeTransaction } from "@/db/transaction";
import { loadActor } from "@/lib/access/actor";
import { recordSessionMfa } from "@/lib/auth/sessions";
import { admitAccountAttempt, recordLockout, startAccountOver } from "@/lib/auth/sign-in-attempt";
import { minutesUntil } from "@/lib/auth/sign-in-throttle";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import type { MfaSession } from "./mfa-session";
import type { RelyingParty } from "./relying-party";
import { showSecondFactor } from "./second-factor";

const lockedOut = (until: Date, now: Date) =>
  fail("too_many_attempts", "mfa.errors.lockedOut", { minutes: minutesUntil(until, now) });

export const verifySessionMfaInput = z.union([
  z.object({ code: z.string().trim().min(1).max(64) }).strict(),
  z.object({ passkey: z.unknown() }).strict(),
]);

/**
 * The MFA step of a session that has none yet (single sign-on without MFA), or again for a sensitive act. A wrong code
 * counts toward the account's lockout exactly as a wrong password does, and while it is locked nothing is checked.
 */
export async function verifySessionMfa(
  session: MfaSession | null,
  rawInput: unknown,
  request: { relyingParty: RelyingParty | null; clientAddress: string; now?: Date },
): Promise<Result<{ method: MfaMethod }>> {
  const now = request.now ?? new Date();
  if (!session) return fail("unauthenticated");
  const input = parseInput(verifySessionMfaInput, rawInput);
  if (!input.ok) return input;
  const actor = await loadActor(getDb(), session.ref);
  if (!actor) return fail("unauthenticated");
  const admitted = await admitAccountAttempt(actor.email, now);
  if (admitted.refused) return lockedOut(admitted.until, now);
  return writeTransaction(async (tx): Promise<Result<{ method: MfaMethod }>> => {
    const method = await showSecondFactor(tx, session.ref, input.data, request.relyingParty, now);
    if (!method) {
      if (!admitted.lock?.lockedUntil) return fail("invalid_input", "mfa.errors.wrongCode");
      await recordLockout(tx, session.ref, admitted.lock, request.clientAddress);
      return lockedOut(admitted.lock.lockedUntil, now);
    }
    await recordSessionMfa(tx, session.sessionId, method, now);
    await startAccountOver(tx, actor.email);
    return ok({ method });
  });
}
