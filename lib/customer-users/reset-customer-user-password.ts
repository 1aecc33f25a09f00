import { eq } from "drizzle-orm";
import { z } from "zod";
import { customerUsers } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { hashPassword } from "@/lib/auth/password";
import { endUserSessions } from "@/lib/auth/sessions";
import { issuedTemporaryPassword, newTemporaryPassword } from "@/lib/auth/temporary-password";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput } from "@/lib/validation";
import { findPartnerCustomerUser } from "./find-customer-user";

export const resetCustomerUserPasswordInput = z.object({ userId: microsoftId });

export type CustomerUserPasswordReset = {
  userId: string;
  userPrincipalName: string;
  temporaryPassword: string;
  /** Until when it signs in (once): the Admin agent tells the user. */
  temporaryPasswordExpiresAt: Date;
};

/**
 * Partner Center's "Reset password": a new temporary password, shown once to the Admin agent, good for one sign-in
 * within 24 hours (a fresh window, whatever became of the last one), at which the user must choose their own. The
 * user's sessions end, so whoever knew the old password is out.
 */
export async function resetCustomerUserPassword(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<CustomerUserPasswordReset>> {
  const input = parseInput(resetCustomerUserPasswordInput, rawInput);
  if (!input.ok) return input;
  const temporaryPassword = newTemporaryPassword();
  // Hashing is slow on purpose: do it before the write transaction opens.
  const passwordHash = hashPassword(temporaryPassword);

  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<CustomerUserPasswordReset>> => {
    const found = await findPartnerCustomerUser(tx, actor.partnerId, input.data.userId);
    if (!found) return fail("not_found", "customerUsers.errors.userNotFound");
    if (!can(actor.role, "manageCustomerUsers")) {
      return fail("forbidden", "customerUsers.errors.onlyAdminsResetPassword");
    }
    const { user, customer } = found;
    const now = new Date();
    const issued = issuedTemporaryPassword(now);
    await tx
      .update(customerUsers)
      .set({ passwordHash, ...issued })
      .where(eq(customerUsers.id, user.id));
    await endUserSessions(tx, { kind: "customer_user", id: user.id });
    await recordActivity(tx, {
      actor,
      customer,
      operationType: "reset_customer_user_password",
      resourceType: "customer_user",
      oldValue: null,
      // Never the password: only that one was issued and must be changed.
      newValue: { id: user.objectId, userPrincipalName: user.userPrincipalName, passwordMustChange: true },
      at: now,
    });
    return ok({
      userId: user.objectId,
      userPrincipalName: user.userPrincipalName,
      temporaryPassword,
      temporaryPasswordExpiresAt: issued.temporaryPasswordExpiresAt,
    });
  });
}
