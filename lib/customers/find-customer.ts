import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { customers, type Customer } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";

/**
 * The customer with this Microsoft ID, if it belongs to this partner. A customer of another partner
 * is reported as absent, so that its existence does not leak.
 */
export async function findPartnerCustomer(
  db: Pick<Db, "select">,
  partnerId: number,
  customerTenantId: string,
): Promise<Customer | null> {
  const [customer] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, customerTenantId.toLowerCase()), eq(customers.partnerId, partnerId)))
    .limit(1);
  return customer ?? null;
}

/** The partner's customer for a page or a read outside a transaction; null when it is not theirs. */
export async function getCustomer(actor: PartnerActor, customerTenantId: string): Promise<Customer | null> {
  return findPartnerCustomer(getDb(), actor.partnerId, customerTenantId);
}
