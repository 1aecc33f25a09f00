import type { BillingPlan, ReservationTerm } from "@/db/schema";
import { termMonths, type ReservationProduct } from "@/lib/reservations/catalog";

/**
 * A partner's prices, in basis points against the list (Web Direct) price: for reservations a default adjustment
 * and per-product overrides; for savings plans one adjustment on every commitment.
 */
export type PriceList = {
  defaultAdjustmentBasisPoints: number;
  overrides: Record<string, number>;
  savingsPlanAdjustmentBasisPoints: number;
};

export const noAdjustments: PriceList = {
  defaultAdjustmentBasisPoints: 0,
  overrides: {},
  savingsPlanAdjustmentBasisPoints: 0,
};

/** The adjustment that applies to a product: its override if it has one, else the default. */
export function adjustmentFor(priceList: PriceList, catalogItemId: string): number {
  return priceList.overrides[catalogItemId] ?? priceList.defaultAdjustmentBasisPoints;
}

/** Applies an adjustment to an amount in minor units, rounding half away from zero, in integers only. */
export function adjust(amountMinor: number, basisPoints: number): number {
  const scaled = amountMinor * (10_000 + basisPoints);
  return Math.sign(scaled) * Math.floor((Math.abs(scaled) + 5_000) / 10_000);
}

/**
 * How a total is billed month by month: whole cents, the remainder spread one cent each over the first months, so
 * the payments add up to the total exactly. E.g. 44,730 over 12 months: 6 × 3,728 then 6 × 3,727. The page says it
 * in the reader's words (components/pricing/monthly-payments.ts).
 */
export type MonthlyPayments = {
  months: number;
  /** What most months cost: the total divided by the months, rounded down to the cent. */
  regularMinor: number;
  /** How many of the first months cost one cent more than the regular amount. */
  monthsWithExtraCent: number;
};

export function spreadOverMonths(totalMinor: number, months: number): MonthlyPayments {
  if (!Number.isSafeInteger(totalMinor) || totalMinor < 0) throw new Error(`Not an amount in cents: ${totalMinor}`);
  if (!Number.isInteger(months) || months < 1) throw new Error(`Not a number of months: ${months}`);
  return { months, regularMinor: Math.floor(totalMinor / months), monthsWithExtraCent: totalMinor % months };
}

/** The payment due in a month of the term, 1-based. */
export function paymentInMonth(payments: MonthlyPayments, month: number): number {
  return payments.regularMinor + (month <= payments.monthsWithExtraCent ? 1 : 0);
}

/** What the payments add up to: always the total they were spread from. */
export function sumOfPayments(payments: MonthlyPayments): number {
  return payments.regularMinor * payments.months + payments.monthsWithExtraCent;
}

export type ReservationPrice = {
  /** The Web Direct price of the whole purchase. */
  listTotalMinor: number;
  /** What one unit costs the customer for the whole term: the price list's price. */
  unitPriceMinor: number;
  /** What the customer pays over the whole term, whatever the billing frequency: unit price × quantity. */
  totalMinor: number;
  /** How the total is billed each month, or null when it is paid up front. */
  monthly: MonthlyPayments | null;
  adjustmentBasisPoints: number;
};

/**
 * The customer's price for a reservation: the price list's unit price times the quantity. Billing monthly
 * changes when it is paid, never how much: the total is spread over the term's months in whole cents.
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
  const unitPriceMinor = adjust(listPriceMinor, adjustmentBasisPoints);
  const totalMinor = unitPriceMinor * quantity;
  return {
    listTotalMinor: listPriceMinor * quantity,
    unitPriceMinor,
    totalMinor,
    monthly: billingPlan === "monthly" ? spreadOverMonths(totalMinor, termMonths[term]) : null,
    adjustmentBasisPoints,
  };
}
