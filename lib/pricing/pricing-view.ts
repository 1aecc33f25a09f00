import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partners, type ReservationTerm } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { reservationCatalog, type ReservationProduct } from "@/lib/reservations/catalog";
import { adjust, adjustmentFor } from "./customer-price";
import { readPriceList, readPriceListVersion } from "./price-list";

/** What one unit of quantity buys, as a code the page puts into words. */
export type PricingUnit = "vmInstance" | "vCore" | "instance" | "throughput100";

/** The catalog's units; a product with a unit missing here fails the pricing view's test. */
const unitCodes: Record<string, PricingUnit> = {
  "VM instance": "vmInstance",
  vCore: "vCore",
  instance: "instance",
  "100 RU/s": "throughput100",
};

export type PricingRow = {
  catalogItemId: string;
  /** The product's name, as Microsoft's catalog spells it. */
  name: string;
  category: ReservationProduct["category"];
  unit: PricingUnit;
  /** The override in percent, or null when the product follows the default. */
  overridePercent: number | null;
  prices: { term: ReservationTerm; listMinor: number; customerMinor: number; marginMinor: number }[];
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
export async function getPricingView(actor: PartnerActor): Promise<PricingView> {
  const db = getDb();
  const priceList = await readPriceList(db, actor.partnerId);
  const [{ currency }] = await db
    .select({ currency: partners.currency })
    .from(partners)
    .where(eq(partners.id, actor.partnerId))
    .limit(1);
  return {
    version: await readPriceListVersion(db, actor.partnerId),
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
        unit: unitCodes[product.unit],
        overridePercent: override === undefined ? null : override / 100,
        prices: product.terms.map((term) => {
          const listMinor = product.listPriceMinor[term]!;
          const customerMinor = adjust(listMinor, basisPoints);
          return { term, listMinor, customerMinor, marginMinor: customerMinor - listMinor };
        }),
      };
    }),
  };
}
