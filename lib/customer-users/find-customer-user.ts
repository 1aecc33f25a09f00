import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { customers, customerUsers, type Customer, type CustomerUser } from "@/db/schema";

/** The customer user with this object id and their customer, if the customer is this partner's. */
export async function findPartnerCustomerUser(
  db: Pick<Db, "select">,
  partnerId: number,
  userObjectId: string,
): Promise<{ user: CustomerUser; customer: Customer } | null> {
  const [found] = await db
    .select({ user: customerUsers, customer: customers })
    .from(customerUsers)
    .innerJoin(customers, eq(customers.id, customerUsers.customerId))
    .where(and(eq(customerUsers.objectId, userObjectId.toLowerCase()), eq(customers.partnerId, partnerId)))
    .limit(1);
  return found ?? null;
}
