import type { BillingPlan, ReservationTerm } from "@/db/schema";
import { paymentInMonth, spreadOverMonths } from "@/lib/pricing/customer-price";
import { termMonths, type ReservationProduct } from "./catalog";
import { addMonths } from "./term-dates";

/**
 * Azure's self-service exchange and refund policy, as plain rules (decision record 015 gives our reading):
 * what returning part of a reservation is worth, the rolling refund pool, and which exchanges are allowed.
 */

/** USD 50,000 of cancelled commitment in any rolling 12 months. */
export const refundPoolLimitMinor = 5_000_000;
/** Each refund's commitment comes back to the pool this long after it. */
export const refundPoolWindowMs = 365 * 24 * 60 * 60 * 1000;

const dayMs = 24 * 60 * 60 * 1000;
const utcDay = (at: Date) => Math.floor(at.getTime() / dayMs);

/** Exchange families: compute with compute (VMs and App Service), SQL with SQL, Cosmos DB only with Cosmos DB. */
export const exchangeFamilies = {
  "Virtual machines": "compute",
  "App Service": "compute",
  "Azure SQL Database": "sql",
  "Azure Cosmos DB": "cosmos",
} as const satisfies Record<ReservationProduct["category"], string>;

export function canExchange(from: Pick<ReservationProduct, "category">, to: Pick<ReservationProduct, "category">) {
  return exchangeFamilies[from.category] === exchangeFamilies[to.category];
}

export type ReturnedPart = {
  /** What one unit cost for the whole term, as the order line says. */
  unitPriceMinor: number;
  /** How many units are returned. */
  quantity: number;
  term: ReservationTerm;
  billingPlan: BillingPlan;
  purchasedAt: Date;
  expiresAt: Date;
};

export type ReturnValue = {
  /** The returned part's whole-term commitment. */
  commitmentMinor: number;
  /** Days of the term, and days not yet begun (the day of the return counts as used). */
  termDays: number;
  remainingDays: number;
  /** The commitment not yet used, prorated by day: what a refund takes from the pool, what an exchange must cover. */
  remainingCommitmentMinor: number;
  /** What has been paid for the returned part so far: everything up front, or the monthly payments fallen due. */
  paidMinor: number;
  /** What is given back: what was paid, less the value of the days used, never below zero. */
  refundMinor: number;
  /** The monthly payments not yet due, which the return cancels: the customer will never owe them (0 up front). */
  futurePaymentsMinor: number;
};

/** Rounds a share of an amount in integer arithmetic, half away from zero. */
function share(amountMinor: number, numerator: number, denominator: number): number {
  return Math.floor((2 * amountMinor * numerator + denominator) / (2 * denominator));
}

/** The value of returning part of a reservation at a moment, by Azure's rule: the prorated residual value by day. */
export function returnValue(part: ReturnedPart, at: Date): ReturnValue {
  if (!Number.isInteger(part.quantity) || part.quantity < 1) throw new Error(`Not a quantity: ${part.quantity}`);
  const commitmentMinor = part.unitPriceMinor * part.quantity;
  const termDays = utcDay(part.expiresAt) - utcDay(part.purchasedAt);
  const usedDays = Math.min(termDays, Math.max(0, utcDay(at) - utcDay(part.purchasedAt) + 1));
  const remainingDays = termDays - usedDays;
  const remainingCommitmentMinor = share(commitmentMinor, remainingDays, termDays);

  let paidMinor = commitmentMinor;
  if (part.billingPlan === "monthly") {
    const months = termMonths[part.term];
    const payments = spreadOverMonths(commitmentMinor, months);
    paidMinor = 0;
    // The first payment falls due at purchase, the next ones on each monthly anniversary.
    for (let month = 1; month <= months && addMonths(part.purchasedAt, month - 1) <= at; month++) {
      paidMinor += paymentInMonth(payments, month);
    }
  }
  const usedMinor = commitmentMinor - remainingCommitmentMinor;
  return {
    commitmentMinor,
    termDays,
    remainingDays,
    remainingCommitmentMinor,
    paidMinor,
    refundMinor: Math.max(0, paidMinor - usedMinor),
    futurePaymentsMinor: commitmentMinor - paidMinor,
  };
}

export type PastRefund = { at: Date; cancelledCommitmentMinor: number };

/** What is left of the refund pool at a moment: the limit, less the commitment cancelled in the 365 days before. */
export function refundPoolLeft(refunds: PastRefund[], at: Date): number {
  const used = refunds
    .filter((refund) => refund.at <= at && at.getTime() - refund.at.getTime() < refundPoolWindowMs)
    .reduce((sum, refund) => sum + refund.cancelledCommitmentMinor, 0);
  return Math.max(0, refundPoolLimitMinor - used);
}

/** An exchange needs a new lifetime commitment at least the remaining commitment of what is returned. */
export function exchangeCoversReturn(newCommitmentMinor: number, returnedRemainingCommitmentMinor: number): boolean {
  return newCommitmentMinor >= returnedRemainingCommitmentMinor;
}
