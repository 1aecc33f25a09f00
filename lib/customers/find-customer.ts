import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { customers, type Customer } from "@/db/schema";

/**
 * The customer with this Microsoft ID, if it belongs to this partner. A customer of another partner
 * is reported as absent, so that its existence does not leak.
 */
export function findPartnerCustomer(
  db: Pick<Db, "select">,
  partnerId: number,
  customerTenantId: string,
): Customer | null {
  return (
    db
      .select()
      .from(customers)
      .where(and(eq(customers.tenantId, customerTenantId.toLowerCase()), eq(customers.partnerId, partnerId)))
      .get() ?? null
  );
}
