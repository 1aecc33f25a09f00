import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { customerUsers, partnerUsers } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import type { UserRef } from "@/lib/access/actor";
import { inResultTransaction } from "@/lib/access/write-transaction";
import { fail, ok, type Failure, type Result } from "@/lib/result";
import { parseInput, reason } from "@/lib/validation";
import { hashPassword, verifyPassword } from "./password";
import { passwordInput } from "./password-input";
import { passwordProblem } from "./password-policy";
import { endUserSessions } from "./sessions";
import { admitAccountAttempt, recordLockout, startAccountOver } from "./sign-in-attempt";
import { minutesUntil } from "./sign-in-throttle";
import { ownPasswordChosen } from "./temporary-password";

export const changePasswordInput = z
  .object({
    currentPassword: passwordInput.min(1, reason("auth.errors.currentPasswordRequired")),
    newPassword: passwordInput,
    confirmPassword: passwordInput,
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: reason("auth.errors.passwordsDiffer"),
  });

type Credentials = { userName: string; passwordHash: string | null };

async function readCredentials(db: Pick<Db, "select">, user: UserRef): Promise<Credentials | null> {
  const [row] =
    user.kind === "partner_user"
      ? await db
          .select({ userName: partnerUsers.email, passwordHash: partnerUsers.passwordHash })
          .from(partnerUsers)
          .where(and(eq(partnerUsers.id, user.id), eq(partnerUsers.active, true)))
          .limit(1)
      : await db
          .select({ userName: customerUsers.userPrincipalName, passwordHash: customerUsers.passwordHash })
          .from(customerUsers)
          .where(and(eq(customerUsers.id, user.id), eq(customerUsers.status, "active")))
          .limit(1);
  return row ?? null;
}

const lockedOut = (until: Date, now: Date): Failure =>
  fail("too_many_attempts", "auth.errors.lockedOut", { minutes: minutesUntil(until, now) });

/**
 * A signed-in user chooses a new password: required after a temporary one, open to anyone at any time. The
 * user's other sessions end (whoever knew the old password is out); this one goes on.
 *
 * The current password is a guess like a sign-in's, so it counts toward the account's sign-in lockout (009): whoever
 * holds a session cookie cannot find the password by trying, and while the account is locked the change is refused.
 */
export async function changePassword(
  session: { ref: UserRef; sessionId: string } | null,
  rawInput: unknown,
  request: { clientAddress: string; now?: Date },
): Promise<Result<{ home: string }>> {
  const input = parseInput(changePasswordInput, rawInput);
  if (!input.ok) return input;
  if (!session) return fail("unauthenticated");
  const { currentPassword, newPassword } = input.data;
  const now = request.now ?? new Date();
  const before = await readCredentials(getDb(), session.ref);
  if (!before?.passwordHash) return fail("unauthenticated");
  // What the input alone shows is answered first: only a check of the current password is an attempt that counts.
  const problem =
    newPassword === currentPassword ? "auth.errors.passwordUnchanged" : passwordProblem(newPassword, before.userName);
  if (problem) return fail("invalid_input", problem, undefined, { newPassword: [{ reason: problem }] });

  const admitted = await admitAccountAttempt(before.userName, now);
  if (admitted.refused) return lockedOut(admitted.until, now);
  // scrypt is slow on purpose: both hashes are worked out before the write lock is taken.
  if (!verifyPassword(currentPassword, before.passwordHash)) {
    const lock = admitted.lock;
    if (lock?.lockedUntil) {
      await writeTransaction((tx) => recordLockout(tx, session.ref, lock, request.clientAddress));
      return lockedOut(lock.lockedUntil, now);
    }
    const wrong = "auth.errors.currentPasswordWrong";
    return fail("invalid_input", wrong, undefined, { currentPassword: [{ reason: wrong }] });
  }
  const passwordHash = hashPassword(newPassword);

  return inResultTransaction("write", async (tx): Promise<Result<{ home: string }>> => {
    // Checked against the hash verified above: a reset or another change in between wins, this one stops.
    if ((await readCredentials(tx, session.ref))?.passwordHash !== before.passwordHash) {
      return fail("edit_conflict", "auth.errors.passwordChangedMeanwhile");
    }
    if (session.ref.kind === "partner_user") {
      await tx.update(partnerUsers).set({ passwordHash }).where(eq(partnerUsers.id, session.ref.id));
    } else {
      // The temporary password, if that was it, is gone, and so is its expiry.
      await tx
        .update(customerUsers)
        .set({ passwordHash, ...ownPasswordChosen })
        .where(eq(customerUsers.id, session.ref.id));
    }
    // The right password was shown: the account's count starts over, as after a sign-in.
    await startAccountOver(tx, before.userName);
    await endUserSessions(tx, session.ref, session.sessionId);
    return ok({ home: session.ref.kind === "partner_user" ? "/customers" : "/portal" });
  });
}
