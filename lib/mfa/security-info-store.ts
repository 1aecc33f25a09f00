import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { authenticatorApps, passkeys, recoveryCodes, usedAuthenticatorCodes } from "@/db/schema";
import type { Actor, UserRef } from "@/lib/access/actor";
import { recordActivity } from "@/lib/activity/record-activity";
import type { OperationType } from "@/lib/activity/operations";
import { newRecoveryCodes, recoveryCodeHash } from "./recovery-codes";

/** A user's security info as the Security info page and the Activity log name it. */
export type SecurityMethod = "authenticator_app" | "passkey" | "recovery_codes";

/** A new set of recovery codes, the old ones no longer valid; answers the codes, to be shown once. */
export async function replaceRecoveryCodes(tx: Tx, user: UserRef, now: Date): Promise<string[]> {
  await tx.delete(recoveryCodes).where(and(eq(recoveryCodes.userKind, user.kind), eq(recoveryCodes.userId, user.id)));
  const codes = newRecoveryCodes();
  await tx
    .insert(recoveryCodes)
    .values(
      codes.map((code) => ({ userKind: user.kind, userId: user.id, codeHash: recoveryCodeHash(code), createdAt: now })),
    );
  return codes;
}

/** How many of the user's recovery codes are still unused. */
export async function recoveryCodesLeft(tx: Pick<Tx, "select">, user: UserRef): Promise<number> {
  const unused = await tx
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userKind, user.kind), eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)));
  return unused.length;
}

/** Everything that lets the user show a second factor, gone: they set MFA up again at their next sign-in. */
export async function deleteAllSecurityInfo(tx: Tx, user: UserRef): Promise<void> {
  for (const table of [authenticatorApps, passkeys, recoveryCodes, usedAuthenticatorCodes] as const) {
    await tx.delete(table).where(and(eq(table.userKind, user.kind), eq(table.userId, user.id)));
  }
}

/**
 * The activity entry of a change to someone's security info, in the partner's log: whose it is, what changed. A
 * customer user's own change is the customer's entry, as their other acts are.
 */
export async function recordSecurityInfoChange(
  tx: Tx,
  actor: Actor,
  change: {
    operationType: Extract<OperationType, "register_security_info" | "delete_security_info" | "reset_user_mfa">;
    user: { ref: UserRef; userPrincipalName: string };
    method: SecurityMethod | null;
    passkeyName?: string;
  },
  now: Date,
): Promise<void> {
  await recordActivity(tx, {
    actor,
    customer: actor.kind === "customer_user" ? { id: actor.customerId, companyName: actor.companyName } : null,
    operationType: change.operationType,
    resourceType: change.user.ref.kind,
    oldValue: null,
    newValue: {
      userPrincipalName: change.user.userPrincipalName,
      ...(change.method && { method: change.method }),
      ...(change.passkeyName && { passkeyName: change.passkeyName }),
    },
    at: now,
  });
}
