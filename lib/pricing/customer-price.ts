import type { BillingPlan, ReservationTerm } from "@/db/schema";
import { termMonths, type ReservationProduct } from "@/lib/reservations/catalog";

/** A partner's reservation prices: a default adjustment and per-product overrides, in basis points. */
export type PriceList = { defaultAdjustmentBasisPoints: number; overrides: Record<string, number> };

export const noAdjustments: PriceList = { defaultAdjustmentBasisPoints: 0, overrides: {} };

/** The adjustment that applies to a product: its override if it has one, else the default. */
export function adjustmentFor(priceList: PriceList, catalogItemId: string): number {
  return priceList.overrides[catalogItemId] ?? priceList.defaultAdjustmentBasisPoints;
}

/** Applies an adjustment to an amount in minor units, rounding half away from zero, in integers only. */
export function adjust(amountMinor: number, basisPoints: number): number {
  const scaled = amountMinor * (10_000 + basisPoints);
  return Math.sign(scaled) * Math.floor((Math.abs(scaled) + 5_000) / 10_000);
}

export type ReservationPrice = {
  /** The Web Direct price of the whole purchase. */
  listTotalMinor: number;
  /** What one unit costs the customer for the whole term. */
  unitPriceMinor: number;
  /** What the customer pays over the whole term. */
  totalMinor: number;
  /** What the customer pays each month: the whole total spread over the term, or null when paid up front. */
  monthlyMinor: number | null;
  adjustmentBasisPoints: number;
};

/**
 * The customer's price for a reservation. Monthly billing spreads each unit's price over the term's months in
 * whole cents; the unit price and the total are then exactly what the monthly payments add up to.
 */
export function priceReservation(
  product: ReservationProduct,
  term: ReservationTerm,
  billingPlan: BillingPlan,
  quantity: number,
  priceList: PriceList,
): ReservationPrice {
  const listPriceMinor = product.listPriceMinor[term];
  if (listPriceMinor === undefined) throw new Error(`${product.name} is not offered for ${term}`);
  const adjustmentBasisPoints = adjustmentFor(priceList, product.catalogItemId);
  const upfrontUnitPrice = adjust(listPriceMinor, adjustmentBasisPoints);
  const months = termMonths[term];
  const unitMonthly = billingPlan === "monthly" ? Math.round(upfrontUnitPrice / months) : null;
  const unitPriceMinor = unitMonthly === null ? upfrontUnitPrice : unitMonthly * months;
  return {
    listTotalMinor: listPriceMinor * quantity,
    unitPriceMinor,
    totalMinor: unitPriceMinor * quantity,
    monthlyMinor: unitMonthly === null ? null : unitMonthly * quantity,
    adjustmentBasisPoints,
  };
}

/** "+5%" / "−2.5%" / "list price": how an adjustment reads to people. */
export function describeAdjustment(basisPoints: number): string {
  if (basisPoints === 0) return "list price";
  const percent = (Math.abs(basisPoints) / 100).toLocaleString("en-US", { maximumFractionDigits: 2 });
  return basisPoints > 0 ? `${percent}% markup` : `${percent}% discount`;
}
