import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reservationPriceLists, reservationPriceOverrides } from "@/db/schema";
import type { PriceList } from "./customer-price";

/** The partner's reservation price list as it stands; a partner that never set one sells at list price. */
export async function readPriceList(db: Pick<Db, "select">, partnerId: number): Promise<PriceList> {
  const [list] = await db
    .select()
    .from(reservationPriceLists)
    .where(eq(reservationPriceLists.partnerId, partnerId))
    .limit(1);
  const overrides = await db
    .select()
    .from(reservationPriceOverrides)
    .where(eq(reservationPriceOverrides.partnerId, partnerId));
  return {
    defaultAdjustmentBasisPoints: list?.defaultAdjustmentBasisPoints ?? 0,
    overrides: Object.fromEntries(overrides.map((o) => [o.catalogItemId, o.adjustmentBasisPoints])),
    savingsPlanAdjustmentBasisPoints: list?.savingsPlanAdjustmentBasisPoints ?? 0,
  };
}

/** The price list's version: bumped by every save, 0 before the first. */
export async function readPriceListVersion(db: Pick<Db, "select">, partnerId: number): Promise<number> {
  const [list] = await db
    .select({ version: reservationPriceLists.version })
    .from(reservationPriceLists)
    .where(eq(reservationPriceLists.partnerId, partnerId))
    .limit(1);
  return list?.version ?? 0;
}
