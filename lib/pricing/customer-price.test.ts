import { describe, expect, it } from "vitest";
import { findProduct } from "@/lib/reservations/catalog";
import { adjust, adjustmentFor, describeAdjustment, priceReservation, type PriceList } from "./customer-price";

const d2s = findProduct("DZH318Z0BQ4P:0001")!;
const markup: PriceList = { defaultAdjustmentBasisPoints: 500, overrides: { "DZH318Z0BQCD:0001": -250 } };

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
      monthlyMinor: null,
      adjustmentBasisPoints: 500,
    });
  });

  it("spreads a monthly purchase over the term; the total is the sum of the monthly payments", () => {
    const price = priceReservation(d2s, "P3Y", "monthly", 1, markup);
    expect(price.unitPriceMinor).toBe(107_100);
    expect(price.monthlyMinor).toBe(2_975); // 107,100 / 36
    expect(price.totalMinor).toBe(2_975 * 36);
  });

  it("rounds the monthly payment to whole cents", () => {
    const price = priceReservation(d2s, "P1Y", "monthly", 3, { defaultAdjustmentBasisPoints: 0, overrides: {} });
    expect(price.monthlyMinor).toBe(3 * 4_367); // 52,400 / 12 = 4,366.67 a VM
    expect(price.unitPriceMinor).toBe(52_404); // what one VM's payments add up to
    expect(price.totalMinor).toBe(3 * 52_404);
  });
});

describe("describeAdjustment", () => {
  it("reads as people say it", () => {
    expect(describeAdjustment(500)).toBe("5% markup");
    expect(describeAdjustment(-250)).toBe("2.5% discount");
    expect(describeAdjustment(0)).toBe("list price");
  });
});
