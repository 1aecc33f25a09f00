import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partners } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { reservationCatalog, termLabels } from "@/lib/reservations/catalog";
import { adjust, adjustmentFor } from "./customer-price";
import { readPriceList, readPriceListVersion } from "./price-list";

export type PricingRow = {
  catalogItemId: string;
  name: string;
  category: string;
  unit: string;
  /** The override in percent, or null when the product follows the default. */
  overridePercent: number | null;
  prices: { term: string; listMinor: number; customerMinor: number; marginMinor: number }[];
};

export type PricingView = {
  /** The version these prices were read at, sent back with a save. */
  version: number;
  defaultAdjustmentPercent: number;
  savingsPlanAdjustmentPercent: number;
  rows: PricingRow[];
  currency: string;
  viewerCanChange: boolean;
};

/** The reservation prices page: list (Web Direct) price, the customer's price and the margin per product and term. */
export function getPricingView(actor: PartnerActor): PricingView {
  const db = getDb();
  const priceList = readPriceList(db, actor.partnerId);
  const { currency } = db
    .select({ currency: partners.currency })
    .from(partners)
    .where(eq(partners.id, actor.partnerId))
    .get()!;
  return {
    version: readPriceListVersion(db, actor.partnerId),
    defaultAdjustmentPercent: priceList.defaultAdjustmentBasisPoints / 100,
    savingsPlanAdjustmentPercent: priceList.savingsPlanAdjustmentBasisPoints / 100,
    currency,
    viewerCanChange: can(actor.role, "setReservationPrices"),
    rows: reservationCatalog.map((product) => {
      const basisPoints = adjustmentFor(priceList, product.catalogItemId);
      const override = priceList.overrides[product.catalogItemId];
      return {
        catalogItemId: product.catalogItemId,
        name: product.name,
        category: product.category,
        unit: product.unit,
        overridePercent: override === undefined ? null : override / 100,
        prices: product.terms.map((term) => {
          const listMinor = product.listPriceMinor[term]!;
          const customerMinor = adjust(listMinor, basisPoints);
          return { term: termLabels[term], listMinor, customerMinor, marginMinor: customerMinor - listMinor };
        }),
      };
    }),
  };
}
