import type { MfaMethod } from "@/db/enums";
import type { UserRef } from "@/lib/access/actor";

/** How long a second factor counts as recent: the most sensitive acts ask for it again after this. */
export const recentMfaMs = 15 * 60 * 1000;

type SessionMfa = { mfaMethod: MfaMethod | null; mfaAt: Date | null };

/**
 * Whether a session is fully signed in. Every partner user must have shown a second factor (Microsoft's partner
 * security requirements); a customer user's own tenant decides, so their password is enough unless they turned MFA on,
 * and then sign-in itself asks for the factor.
 */
export function isSignedIn(user: UserRef, session: SessionMfa): boolean {
  return user.kind === "customer_user" || session.mfaAt !== null;
}

/** Whether the session's last second factor is recent enough for a sensitive act (creating an API key, …). */
export function hasRecentMfa(session: SessionMfa, now: Date): boolean {
  return session.mfaAt !== null && now.getTime() - session.mfaAt.getTime() < recentMfaMs;
}

/**
 * Whether the user may add or remove a second factor now: right after showing one, or freely while they have none
 * (setting up the first one is the MFA step itself).
 */
export function mayChangeSecurityInfo(hasMethods: boolean, session: SessionMfa, now: Date): boolean {
  return !hasMethods || hasRecentMfa(session, now);
}
