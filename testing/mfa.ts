import { getDb } from "@/db/client";
import type { MfaMethod } from "@/db/enums";
import type { UserRef } from "@/lib/access/actor";
import { demoAuthenticatorKey } from "@/lib/auth/demo-password";
import { startSession } from "@/lib/auth/sessions";
import { authenticatorCodeAt } from "@/lib/mfa/authenticator-app";
import type { MfaSession } from "@/lib/mfa/mfa-session";

/**
 * What the seeded demo partner users' authenticator app shows at `now`. A code signs in once per user and time step
 * (30 s): tests that sign one user in twice do it at times at least a step apart.
 */
export const demoCodeAt = (now: Date) => authenticatorCodeAt(demoAuthenticatorKey(), now);

/** A sign-in's second factor from the demo authenticator app, at `now`. */
export const demoSecondFactorAt = (now: Date) => ({ code: demoCodeAt(now) });

/**
 * A live session of the user, as an MFA step's door reads it: with the second factor shown at `now` (`method`), or
 * only half signed in (null).
 */
export async function mfaSessionOf(user: UserRef, now: Date, method: MfaMethod | null): Promise<MfaSession> {
  const sessionId = await startSession(getDb(), user, now, method);
  return { ref: user, sessionId, mfaMethod: method, mfaAt: method ? now : null };
}
