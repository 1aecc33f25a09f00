import { and, eq, isNotNull, isNull, lt } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import type { MfaMethod } from "@/db/enums";
import { authenticatorApps, passkeys, recoveryCodes, usedAuthenticatorCodes } from "@/db/schema";
import type { UserRef } from "@/lib/access/actor";
import { asAuthenticatorCode, codeWindowSteps, timeStepOfCode } from "./authenticator-app";
import { asRecoveryCode, recoveryCodeHash } from "./recovery-codes";
import type { RelyingParty } from "./relying-party";

/** What a user shows as their second factor: a code they typed (authenticator app or recovery code), or a passkey. */
export type SecondFactor = { code: string } | { passkey: unknown };

const ofUser = <T extends { userKind: unknown; userId: unknown }>(table: T, user: UserRef) =>
  and(
    eq(table.userKind as typeof authenticatorApps.userKind, user.kind),
    eq(table.userId as typeof authenticatorApps.userId, user.id),
  );

/** The user's authenticator app once confirmed: only then is it a way to verify. */
export const confirmedAuthenticatorAppOf = (user: UserRef) =>
  and(ofUser(authenticatorApps, user), isNotNull(authenticatorApps.confirmedAt));

/** Whether the user has a second factor to show: a confirmed authenticator app or a passkey. */
export async function hasMfaMethod(db: Pick<Db, "select">, user: UserRef): Promise<boolean> {
  const [app] = await db
    .select({ id: authenticatorApps.id })
    .from(authenticatorApps)
    .where(confirmedAuthenticatorAppOf(user))
    .limit(1);
  if (app) return true;
  const [passkey] = await db.select({ id: passkeys.id }).from(passkeys).where(ofUser(passkeys, user)).limit(1);
  return !!passkey;
}

/**
 * A code from the user's authenticator app, accepted once: the row for its time step is the proof it was not used
 * before (by this request or any other process). Older steps than the window are swept on the way.
 */
async function acceptAuthenticatorCode(tx: Tx, user: UserRef, code: string, now: Date, confirmed = true) {
  const [app] = await tx
    .select({ secret: authenticatorApps.secret })
    .from(authenticatorApps)
    .where(
      and(
        ofUser(authenticatorApps, user),
        confirmed ? isNotNull(authenticatorApps.confirmedAt) : isNull(authenticatorApps.confirmedAt),
      ),
    )
    .limit(1);
  const timeStep = app ? timeStepOfCode(app.secret, code, now) : null;
  if (timeStep === null) return false;
  await tx
    .delete(usedAuthenticatorCodes)
    .where(
      and(ofUser(usedAuthenticatorCodes, user), lt(usedAuthenticatorCodes.timeStep, timeStep - 2 * codeWindowSteps)),
    );
  const used = await tx
    .insert(usedAuthenticatorCodes)
    .values({ userKind: user.kind, userId: user.id, timeStep, createdAt: now })
    .onConflictDoNothing()
    .returning({ id: usedAuthenticatorCodes.id });
  return used.length === 1;
}

/** A recovery code, spent by the update that marks it used: of two requests with it, one finds it unused. */
async function spendRecoveryCode(tx: Tx, user: UserRef, code: string, now: Date) {
  const spent = await tx
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        ofUser(recoveryCodes, user),
        eq(recoveryCodes.codeHash, recoveryCodeHash(code)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return spent.length === 1;
}

/**
 * Checks the second factor the user showed, spending it (a code's time step, a recovery code, a passkey challenge) in
 * the caller's write transaction; answers how MFA was done, or null when the factor is wrong or already used.
 */
export async function showSecondFactor(
  tx: Tx,
  user: UserRef,
  factor: SecondFactor,
  rp: RelyingParty | null,
  now: Date,
): Promise<MfaMethod | null> {
  if ("passkey" in factor) {
    // Loaded when a passkey is shown: every sign-in process would otherwise pay for the WebAuthn library at start.
    const { verifyPasskey } = await import("./passkeys");
    return rp && (await verifyPasskey(tx, user, factor.passkey, rp, now)) ? "passkey" : null;
  }
  const appCode = asAuthenticatorCode(factor.code);
  if (appCode) return (await acceptAuthenticatorCode(tx, user, appCode, now)) ? "authenticator_app" : null;
  const recoveryCode = asRecoveryCode(factor.code);
  if (recoveryCode) return (await spendRecoveryCode(tx, user, recoveryCode, now)) ? "recovery_code" : null;
  return null;
}

/** Confirms an authenticator app being enrolled with a code it made (the same once-only rule as at sign-in). */
export async function confirmAuthenticatorCode(tx: Tx, user: UserRef, typed: string, now: Date): Promise<boolean> {
  const code = asAuthenticatorCode(typed);
  return !!code && (await acceptAuthenticatorCode(tx, user, code, now, false));
}
