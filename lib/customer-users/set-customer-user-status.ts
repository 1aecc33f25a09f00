import { eq } from "drizzle-orm";
import { z } from "zod";
import { customerUserStatuses, customerUsers, type CustomerUserStatus } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason } from "@/lib/validation";
import { findPartnerCustomerUser } from "./find-customer-user";

export const setCustomerUserStatusInput = z.object({
  userId: microsoftId,
  status: z.enum(customerUserStatuses, { message: reason("customerUsers.errors.statusInvalid") }),
});

export type CustomerUserStatusChange = { userId: string; status: CustomerUserStatus; changed: boolean };

/**
 * Deactivates (or reactivates) a customer user. A deactivated user keeps their role assignments as
 * data, but they no longer count as an Owner for the purchase permission. Admin agents only.
 */
export async function setCustomerUserStatus(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<CustomerUserStatusChange>> {
  const input = parseInput(setCustomerUserStatusInput, rawInput);
  if (!input.ok) return input;
  const { status } = input.data;

  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<CustomerUserStatusChange>> => {
    const found = await findPartnerCustomerUser(tx, actor.partnerId, input.data.userId);
    if (!found) return fail("not_found", "customerUsers.errors.userNotFound");
    if (!can(actor.role, "manageCustomerUsers")) {
      return fail("forbidden", "customerUsers.errors.onlyAdminsChangeStatus");
    }
    const { user, customer } = found;
    const result = { userId: user.objectId, status };
    if (user.status === status) return ok({ ...result, changed: false });

    await tx.update(customerUsers).set({ status }).where(eq(customerUsers.id, user.id));
    await recordActivity(tx, {
      actor,
      customer,
      operationType: "update_customer_user",
      resourceType: "customer_user",
      oldValue: { id: user.objectId, userPrincipalName: user.userPrincipalName, status: user.status },
      newValue: { id: user.objectId, userPrincipalName: user.userPrincipalName, status },
      at: new Date(),
    });
    return ok({ ...result, changed: true });
  });
}
