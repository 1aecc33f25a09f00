import { eq } from "drizzle-orm";
import { z } from "zod";
import { customerUsers } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { hashPassword } from "@/lib/auth/password";
import { issuedTemporaryPassword, newTemporaryPassword } from "@/lib/auth/temporary-password";
import { findPartnerCustomer } from "@/lib/customers/find-customer";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason } from "@/lib/validation";
import { userPrincipalNameProblem } from "./user-principal-name";

export const addCustomerUserInput = z.object({
  customerId: microsoftId,
  displayName: z
    .string()
    .trim()
    .min(1, reason("customerUsers.errors.displayNameRequired"))
    .max(256, reason("customerUsers.errors.displayNameTooLong")),
  userPrincipalName: z.string().trim().max(320, reason("customerUsers.errors.userPrincipalNameTooLong")),
});

export type AddedCustomerUser = {
  userId: string;
  userPrincipalName: string;
  /** Shown once to the Admin agent, to hand to the user; only its hash is kept. */
  temporaryPassword: string;
  /** Until when it signs in (once): the Admin agent tells the user. */
  temporaryPasswordExpiresAt: Date;
};

/**
 * Adds a user to the customer's directory, in one of the customer's domains, with a temporary password good for one
 * sign-in within 24 hours, at which the user must choose their own (as Partner Center does). Admin agents only.
 */
export async function addCustomerUser(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<AddedCustomerUser>> {
  const input = parseInput(addCustomerUserInput, rawInput);
  if (!input.ok) return input;
  const { displayName } = input.data;
  const userPrincipalName = input.data.userPrincipalName.toLowerCase();
  const temporaryPassword = newTemporaryPassword();
  // Hashing is slow on purpose: do it before the write transaction opens.
  const passwordHash = hashPassword(temporaryPassword);

  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<AddedCustomerUser>> => {
    const customer = await findPartnerCustomer(tx, actor.partnerId, input.data.customerId);
    if (!customer) return fail("not_found", "errors.customer_not_found");
    if (!can(actor.role, "manageCustomerUsers")) {
      return fail("forbidden", "customerUsers.errors.onlyAdminsAdd");
    }
    const problem = userPrincipalNameProblem(userPrincipalName, [customer.primaryDomain]);
    if (problem) return fail("invalid_input", problem.reason, problem.values, { userPrincipalName: [problem] });
    const [taken] = await tx
      .select({ id: customerUsers.id })
      .from(customerUsers)
      .where(eq(customerUsers.userPrincipalName, userPrincipalName))
      .limit(1);
    if (taken) return fail("conflict", "customerUsers.errors.userExists", { userPrincipalName });

    const now = new Date();
    const issued = issuedTemporaryPassword(now);
    const [user] = await tx
      .insert(customerUsers)
      .values({
        objectId: crypto.randomUUID(),
        customerId: customer.id,
        displayName,
        userPrincipalName,
        status: "active",
        passwordHash,
        ...issued,
      })
      .returning();
    await recordActivity(tx, {
      actor,
      customer,
      operationType: "create_customer_user",
      resourceType: "customer_user",
      oldValue: null,
      newValue: { id: user.objectId, displayName, userPrincipalName, status: "active" },
      at: now,
    });
    return ok({
      userId: user.objectId,
      userPrincipalName,
      temporaryPassword,
      temporaryPasswordExpiresAt: issued.temporaryPasswordExpiresAt,
    });
  });
}
