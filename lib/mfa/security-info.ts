import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { authenticatorApps, passkeys, recoveryCodes } from "@/db/schema";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import { hasRecentMfa, mayChangeSecurityInfo } from "./mfa-rules";
import { inSessionTransaction, type MfaSession } from "./mfa-session";
import { confirmedAuthenticatorAppOf, hasMfaMethod } from "./second-factor";
import { recordSecurityInfoChange, recoveryCodesLeft, replaceRecoveryCodes } from "./security-info-store";

export type SecurityInfo = {
  authenticatorApp: { addedAt: Date } | null;
  passkeys: { id: number; name: string; addedAt: Date; lastUsedAt: Date | null }[];
  recoveryCodesLeft: number;
  /** Whether changes may be made now without verifying again (a recent MFA, or no method yet). */
  mayChange: boolean;
};

/** The user's own security info, as the Security info page shows it. */
export async function readSecurityInfo(session: MfaSession | null, now = new Date()): Promise<Result<SecurityInfo>> {
  if (!session) return fail("unauthenticated");
  const db = getDb();
  const { ref } = session;
  const [app] = await db
    .select({ addedAt: authenticatorApps.confirmedAt })
    .from(authenticatorApps)
    .where(confirmedAuthenticatorAppOf(ref))
    .limit(1);
  const keys = await db
    .select({ id: passkeys.id, name: passkeys.name, addedAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt })
    .from(passkeys)
    .where(and(eq(passkeys.userKind, ref.kind), eq(passkeys.userId, ref.id)))
    .orderBy(asc(passkeys.createdAt), asc(passkeys.id));
  const hasMethods = !!app?.addedAt || keys.length > 0;
  return ok({
    authenticatorApp: app?.addedAt ? { addedAt: app.addedAt } : null,
    passkeys: keys,
    recoveryCodesLeft: await recoveryCodesLeft(db, ref),
    mayChange: mayChangeSecurityInfo(hasMethods, session, now),
  });
}

export const removeSecurityMethodInput = z.discriminatedUnion("method", [
  z.object({ method: z.literal("authenticator_app") }),
  z.object({ method: z.literal("passkey"), passkeyId: z.number().int().positive() }),
]);

/**
 * Removes one of the user's own methods, right after a recent MFA. A partner user keeps at least one (MFA is required
 * of them); a customer user who removes their last one turns MFA off, and their recovery codes go with it.
 */
export function removeSecurityMethod(
  session: MfaSession | null,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<{ mfaOn: boolean }>> {
  const input = parseInput(removeSecurityMethodInput, rawInput);
  if (!input.ok) return Promise.resolve(input);
  return inSessionTransaction(session, async (tx, actor, current) => {
    const { ref } = current;
    if (!hasRecentMfa(current, now)) return fail("recent_mfa_required");
    const removed =
      input.data.method === "authenticator_app"
        ? await tx
            .delete(authenticatorApps)
            .where(confirmedAuthenticatorAppOf(ref))
            .returning({ name: authenticatorApps.secret })
        : await tx
            .delete(passkeys)
            .where(
              and(eq(passkeys.id, input.data.passkeyId), eq(passkeys.userKind, ref.kind), eq(passkeys.userId, ref.id)),
            )
            .returning({ name: passkeys.name });
    if (removed.length === 0) return fail("not_found", "mfa.errors.methodNotFound");
    const mfaOn = await hasMfaMethod(tx, ref);
    if (!mfaOn && ref.kind === "partner_user") return fail("conflict", "mfa.errors.lastMethod");
    if (!mfaOn)
      await tx.delete(recoveryCodes).where(and(eq(recoveryCodes.userKind, ref.kind), eq(recoveryCodes.userId, ref.id)));
    await recordSecurityInfoChange(
      tx,
      actor,
      {
        operationType: "delete_security_info",
        user: { ref, userPrincipalName: actor.email },
        method: input.data.method,
        ...(input.data.method === "passkey" && { passkeyName: removed[0].name }),
      },
      now,
    );
    return ok({ mfaOn });
  });
}

/** Ten new recovery codes, the old ones void: after a recent MFA, for a user who has MFA set up. */
export function renewRecoveryCodes(
  session: MfaSession | null,
  now = new Date(),
): Promise<Result<{ recoveryCodes: string[] }>> {
  return inSessionTransaction(session, async (tx, actor, current) => {
    if (!hasRecentMfa(current, now)) return fail("recent_mfa_required");
    if (!(await hasMfaMethod(tx, current.ref))) return fail("prerequisite_missing");
    const codes = await replaceRecoveryCodes(tx, current.ref, now);
    await recordSecurityInfoChange(
      tx,
      actor,
      {
        operationType: "register_security_info",
        user: { ref: current.ref, userPrincipalName: actor.email },
        method: "recovery_codes",
      },
      now,
    );
    return ok({ recoveryCodes: codes });
  });
}
