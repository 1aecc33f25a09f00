import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { authenticatorApps } from "@/db/schema";
import { recordSessionMfa } from "@/lib/auth/sessions";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import { authenticatorAppUri, newAuthenticatorKey } from "./authenticator-app";
import { mayChangeSecurityInfo } from "./mfa-rules";
import { inSessionTransaction, type MfaSession } from "./mfa-session";
import { confirmAuthenticatorCode, confirmedAuthenticatorAppOf, hasMfaMethod } from "./second-factor";
import { recordSecurityInfoChange, replaceRecoveryCodes } from "./security-info-store";

/**
 * Step one of adding an authenticator app: a new key, kept unconfirmed until the user types a code the app made from
 * it. Answers the key and the otpauth:// address the QR code shows. Starting again replaces an unconfirmed key.
 */
export function beginAuthenticatorApp(
  session: MfaSession | null,
  now = new Date(),
): Promise<Result<{ key: string; uri: string }>> {
  return inSessionTransaction(session, async (tx, actor, { ref }) => {
    if (!mayChangeSecurityInfo(await hasMfaMethod(tx, ref), session!, now)) return fail("recent_mfa_required");
    const [confirmed] = await tx
      .select({ id: authenticatorApps.id })
      .from(authenticatorApps)
      .where(confirmedAuthenticatorAppOf(ref))
      .limit(1);
    if (confirmed) return fail("conflict", "mfa.errors.authenticatorAppExists");
    const key = newAuthenticatorKey();
    await tx
      .insert(authenticatorApps)
      .values({ userKind: ref.kind, userId: ref.id, secret: key, createdAt: now })
      .onConflictDoUpdate({
        target: [authenticatorApps.userKind, authenticatorApps.userId],
        set: { secret: key, createdAt: now, confirmedAt: null },
      });
    return ok({ key, uri: authenticatorAppUri(key, actor.email) });
  });
}

export const confirmAuthenticatorAppInput = z.object({ code: z.string().trim().min(1).max(32) });

/**
 * Step two: the code proves the app holds the key. The app becomes a method, the session counts as MFA-verified, and
 * with the user's first method come ten recovery codes (answered once, to be shown once).
 */
export function confirmAuthenticatorApp(
  session: MfaSession | null,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<{ recoveryCodes: string[] | null }>> {
  const input = parseInput(confirmAuthenticatorAppInput, rawInput);
  if (!input.ok) return Promise.resolve(input);
  return inSessionTransaction(session, async (tx, actor, { ref, sessionId }) => {
    const hadMethods = await hasMfaMethod(tx, ref);
    if (!mayChangeSecurityInfo(hadMethods, session!, now)) return fail("recent_mfa_required");
    if (!(await confirmAuthenticatorCode(tx, ref, input.data.code, now))) {
      return fail("invalid_input", "mfa.errors.wrongCode");
    }
    await tx
      .update(authenticatorApps)
      .set({ confirmedAt: now })
      .where(and(eq(authenticatorApps.userKind, ref.kind), eq(authenticatorApps.userId, ref.id)));
    await recordSessionMfa(tx, sessionId, "authenticator_app", now);
    await recordSecurityInfoChange(
      tx,
      actor,
      {
        operationType: "register_security_info",
        user: { ref, userPrincipalName: actor.email },
        method: "authenticator_app",
      },
      now,
    );
    return ok({ recoveryCodes: hadMethods ? null : await replaceRecoveryCodes(tx, ref, now) });
  });
}
