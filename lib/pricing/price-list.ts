import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reservationPriceLists, reservationPriceOverrides } from "@/db/schema";
import type { PriceList } from "./customer-price";

/** The partner's reservation price list as it stands; a partner that never set one sells at list price. */
export function readPriceList(db: Pick<Db, "select">, partnerId: number): PriceList {
  const list = db.select().from(reservationPriceLists).where(eq(reservationPriceLists.partnerId, partnerId)).get();
  const overrides = db
    .select()
    .from(reservationPriceOverrides)
    .where(eq(reservationPriceOverrides.partnerId, partnerId))
    .all();
  return {
    defaultAdjustmentBasisPoints: list?.defaultAdjustmentBasisPoints ?? 0,
    overrides: Object.fromEntries(overrides.map((o) => [o.catalogItemId, o.adjustmentBasisPoints])),
    savingsPlanAdjustmentBasisPoints: list?.savingsPlanAdjustmentBasisPoints ?? 0,
  };
}

/** The price list's version: bumped by every save, 0 before the first. */
export function readPriceListVersion(db: Pick<Db, "select">, partnerId: number): number {
  return (
    db
      .select({ version: reservationPriceLists.version })
      .from(reservationPriceLists)
      .where(eq(reservationPriceLists.partnerId, partnerId))
      .get()?.version ?? 0
  );
}
