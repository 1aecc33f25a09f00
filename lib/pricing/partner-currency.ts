import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { partners } from "@/db/schema";

/**
 * The currency the partner bills in: orders are totalled in it, and a savings plan's hourly commitment is in it. Pass
 * the transaction when the answer goes into what it writes.
 */
export async function partnerCurrency(partnerId: number, db: Pick<Db, "select"> = getDb()): Promise<string> {
  const [partner] = await db
    .select({ currency: partners.currency })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .limit(1);
  return partner.currency;
}
