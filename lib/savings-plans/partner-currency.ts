import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partners } from "@/db/schema";

/** The currency the partner bills in: a savings plan's hourly commitment is in it. */
export function partnerCurrency(partnerId: number): string {
  return getDb().select({ currency: partners.currency }).from(partners).where(eq(partners.id, partnerId)).get()!
    .currency;
}
