import { describe, expect, it } from "vitest";
import { findProduct } from "@/lib/reservations/catalog";
import {
  adjust,
  adjustmentFor,
  paymentInMonth,
  priceReservation,
  spreadOverMonths,
  sumOfPayments,
  type PriceList,
} from "./customer-price";

const d2s = findProduct("DZH318Z0BQ4P:0001")!;
const markup: PriceList = {
  defaultAdjustmentBasisPoints: 500,
  overrides: { "DZH318Z0BQCD:0001": -250 },
  savingsPlanAdjustmentBasisPoints: 0,
};

describe("adjust", () => {
  it("applies markups and discounts in integer cents, rounding half away from zero", () => {
    expect(adjust(52_400, 500)).toBe(55_020);
    expect(adjust(52_400, -1_000)).toBe(47_160);
    expect(adjust(101, 50)).toBe(102); // 101.505 → 102
    expect(adjust(99, 50)).toBe(99); // 99.495 → 99
    expect(adjust(1, -5_000)).toBe(1); // 0.5 → 1
    expect(adjust(0, 500)).toBe(0);
  });
});

describe("adjustmentFor", () => {
  it("uses a product's override over the default", () => {
    expect(adjustmentFor(markup, "DZH318Z0BQCD:0001")).toBe(-250);
    expect(adjustmentFor(markup, d2s.catalogItemId)).toBe(500);
  });
});

describe("priceReservation", () => {
  it("prices an upfront purchase at the partner's price", () => {
    expect(priceReservation(d2s, "P1Y", "upfront", 3, markup)).toEqual({
      listTotalMinor: 157_200,
      unitPriceMinor: 55_020,
      totalMinor: 165_060,
      monthly: null,
      adjustmentBasisPoints: 500,
    });
  });

  it("charges the price list's total whatever the billing frequency", () => {
    const b2ms = findProduct("DZH318Z0BQ3Q:0001")!; // B2ms: 426.00 a year, 447.30 with Contoso's 5%
    const upfront = priceReservation(b2ms, "P1Y", "upfront", 1, markup);
    const monthly = priceReservation(b2ms, "P1Y", "monthly", 1, markup);
    expect(monthly.totalMinor).toBe(upfront.totalMinor);
    expect(monthly.unitPriceMinor).toBe(upfront.unitPriceMinor);
    expect(sumOfPayments(monthly.monthly!)).toBe(upfront.totalMinor);
  });

  it("spreads the cents over the months, one cent more in the first months, never more or less in all", () => {
    // The finding: 44,730 cents a year came to 44,736 when the monthly amount was rounded and multiplied back.
    expect(spreadOverMonths(44_730, 12)).toEqual({ months: 12, regularMinor: 3_727, monthsWithExtraCent: 6 });
    const payments = spreadOverMonths(44_730, 12);
    const schedule = Array.from({ length: 12 }, (_, i) => paymentInMonth(payments, i + 1));
    expect(schedule.slice(0, 6)).toEqual(Array(6).fill(3_728));
    expect(schedule.slice(6)).toEqual(Array(6).fill(3_727));
    expect(schedule.reduce((a, b) => a + b, 0)).toBe(44_730);
  });

  it("adds up for any total and term, 1,000 units of a 3-year product included", () => {
    const d2s3y = priceReservation(d2s, "P3Y", "monthly", 1_000, markup);
    expect(d2s3y.totalMinor).toBe(1_000 * d2s3y.unitPriceMinor);
    expect(sumOfPayments(d2s3y.monthly!)).toBe(d2s3y.totalMinor);
    for (let total = 0; total < 5_000; total += 7) {
      for (const months of [1, 12, 36]) expect(sumOfPayments(spreadOverMonths(total, months))).toBe(total);
    }
  });

  it("refuses what is not money or not a term", () => {
    expect(() => spreadOverMonths(10.5, 12)).toThrow();
    expect(() => spreadOverMonths(-1, 12)).toThrow();
    expect(() => spreadOverMonths(100, 0)).toThrow();
  });
});
