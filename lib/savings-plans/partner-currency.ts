import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partners } from "@/db/schema";

/** The currency the partner bills in: a savings plan's hourly commitment is in it. */
export async function partnerCurrency(partnerId: number): Promise<string> {
  const [partner] = await getDb()
    .select({ currency: partners.currency })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .limit(1);
  return partner.currency;
}
