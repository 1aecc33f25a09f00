import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { customerUsers, partnerUsers } from "@/db/schema";
import type { UserRef } from "@/lib/access/actor";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput, reason } from "@/lib/validation";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { endUserSessions } from "./sessions";

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, reason("auth.errors.currentPasswordRequired")).max(256),
    newPassword: z.string().max(256, reason("auth.errors.passwordTooLong")),
    confirmPassword: z.string().max(256),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: reason("auth.errors.passwordsDiffer"),
  });

type Credentials = { userName: string; passwordHash: string | null };

function readCredentials(db: Pick<Db, "select">, user: UserRef): Credentials | null {
  const row =
    user.kind === "partner_user"
      ? db
          .select({ userName: partnerUsers.email, passwordHash: partnerUsers.passwordHash })
          .from(partnerUsers)
          .where(and(eq(partnerUsers.id, user.id), eq(partnerUsers.active, true)))
          .get()
      : db
          .select({ userName: customerUsers.userPrincipalName, passwordHash: customerUsers.passwordHash })
          .from(customerUsers)
          .where(and(eq(customerUsers.id, user.id), eq(customerUsers.status, "active")))
          .get();
  return row ?? null;
}

/**
 * A signed-in user chooses a new password: required after a temporary one, open to anyone at any time. The
 * user's other sessions end (whoever knew the old password is out); this one goes on.
 */
export function changePassword(
  session: { ref: UserRef; sessionId: string } | null,
  rawInput: unknown,
): Result<{ home: string }> {
  const input = parseInput(changePasswordInput, rawInput);
  if (!input.ok) return input;
  if (!session) return fail("unauthenticated");
  const { currentPassword, newPassword } = input.data;
  const db = getDb();
  const before = readCredentials(db, session.ref);
  if (!before?.passwordHash) return fail("unauthenticated");
  // scrypt is slow on purpose: both hashes are worked out before the write lock is taken.
  if (!verifyPassword(currentPassword, before.passwordHash)) {
    const wrong = "auth.errors.currentPasswordWrong";
    return fail("invalid_input", wrong, undefined, { currentPassword: [{ reason: wrong }] });
  }
  const problem =
    newPassword === currentPassword ? "auth.errors.passwordUnchanged" : passwordProblem(newPassword, before.userName);
  if (problem) return fail("invalid_input", problem, undefined, { newPassword: [{ reason: problem }] });
  const passwordHash = hashPassword(newPassword);

  return db.transaction(
    (tx): Result<{ home: string }> => {
      // Checked against the hash verified above: a reset or another change in between wins, this one stops.
      if (readCredentials(tx, session.ref)?.passwordHash !== before.passwordHash) {
        return fail("edit_conflict", "auth.errors.passwordChangedMeanwhile");
      }
      if (session.ref.kind === "partner_user") {
        tx.update(partnerUsers).set({ passwordHash }).where(eq(partnerUsers.id, session.ref.id)).run();
      } else {
        tx.update(customerUsers)
          .set({ passwordHash, mustChangePassword: false })
          .where(eq(customerUsers.id, session.ref.id))
          .run();
      }
      endUserSessions(tx, session.ref, session.sessionId);
      return ok({ home: session.ref.kind === "partner_user" ? "/customers" : "/portal" });
    },
    { behavior: "immediate" },
  );
}
