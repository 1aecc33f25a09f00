import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  customerUsers,
  roleAssignments,
  subscriptions,
  type AzureRole,
  type Customer,
  type CustomerUser,
} from "@/db/schema";

export type CustomerUserRow = CustomerUser & { roles: { role: AzureRole; subscriptionName: string }[] };

/** The customer's users with the Azure roles each holds. The customer must come from a partner-scoped lookup. */
export async function listCustomerUsers(customer: Customer): Promise<CustomerUserRow[]> {
  const db = getDb();
  const users = await db
    .select()
    .from(customerUsers)
    .where(eq(customerUsers.customerId, customer.id))
    .orderBy(asc(customerUsers.displayName));
  const roles = await db
    .select({
      userId: roleAssignments.customerUserId,
      role: roleAssignments.role,
      subscriptionName: subscriptions.friendlyName,
    })
    .from(roleAssignments)
    .innerJoin(subscriptions, eq(subscriptions.id, roleAssignments.subscriptionId))
    .where(eq(subscriptions.customerId, customer.id));
  return users.map((user) => ({
    ...user,
    roles: roles.filter((r) => r.userId === user.id).map(({ role, subscriptionName }) => ({ role, subscriptionName })),
  }));
}
