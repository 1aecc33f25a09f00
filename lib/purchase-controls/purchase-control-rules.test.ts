import { describe, expect, it } from "vitest";
import { noAdjustments, sumOfPayments } from "@/lib/pricing/customer-price";
import { priceItem } from "@/lib/purchases/purchase-item";
import { findProduct } from "@/lib/reservations/catalog";
import { allowance, judgePurchase, leftAfter, monthOf } from "./purchase-control-rules";

describe("the month a purchase counts in", () => {
  it("is the calendar month in UTC, from its first millisecond to the next month's", () => {
    expect(monthOf(new Date("2026-12-31T23:59:59.999Z"))).toEqual({
      start: new Date("2026-12-01T00:00:00.000Z"),
      end: new Date("2027-01-01T00:00:00.000Z"),
    });
    expect(monthOf(new Date("2027-01-01T00:00:00.000Z")).start).toEqual(new Date("2027-01-01T00:00:00.000Z"));
    // Already 1 January in Paris, still December in UTC: it counts in December.
    expect(monthOf(new Date("2026-12-31T23:30:00+00:00")).start).toEqual(new Date("2026-12-01T00:00:00.000Z"));
    expect(monthOf(new Date("2028-02-29T12:00:00Z")).end).toEqual(new Date("2028-03-01T00:00:00.000Z"));
  });
});

describe("a purchase's commitment", () => {
  const d2s = findProduct("DZH318Z0BQ4P:0001")!;
  const reservation = (billingPlan: "upfront" | "monthly") =>
    priceItem(
      {
        kind: "reservation",
        product: d2s,
        choice: {
          catalogItemId: d2s.catalogItemId,
          region: "westus2",
          term: "P3Y",
          billingPlan,
          quantity: 100,
          billingSubscriptionId: "00000000-0000-0000-0000-000000000000",
          scope: "shared",
        },
      },
      noAdjustments,
    );

  it("of a monthly-billed reservation is all its payments, the same as paying up front", () => {
    const monthly = reservation("monthly");
    expect(monthly.totalMinor).toBe(reservation("upfront").totalMinor);
    expect(monthly.monthly!.months).toBe(36);
    expect(sumOfPayments(monthly.monthly!)).toBe(monthly.totalMinor);
  });

  it("of a savings plan is its hourly commitment times the hours of its term", () => {
    const plan = (hourlyCommitment: number, term: "P1Y" | "P3Y") =>
      priceItem(
        {
          kind: "savings_plan",
          choice: {
            hourlyCommitment,
            term,
            billingPlan: "monthly",
            billingSubscriptionId: "00000000-0000-0000-0000-000000000000",
            scope: "shared",
          },
        },
        noAdjustments,
      ).totalMinor;
    expect(plan(1_000, "P1Y")).toBe(876_000); // 1.000 an hour × 8,760 hours = 8,760.00
    expect(plan(2_500, "P3Y")).toBe(6_570_000); // 2.500 × 26,280 = 65,700.00
  });
});

describe("judging a customer's purchase", () => {
  const limited = allowance({ monthlyLimitMinor: 1_000_000, approvalAboveMinor: 200_000 }, 700_000);

  it("leaves what the month's purchases have not used, never below zero", () => {
    expect(limited.leftMinor).toBe(300_000);
    expect(allowance({ monthlyLimitMinor: 100, approvalAboveMinor: null }, 250).leftMinor).toBe(0);
    expect(allowance({ monthlyLimitMinor: null, approvalAboveMinor: null }, 250).leftMinor).toBeNull();
  });

  it("refuses over what is left first, then holds above the approval amount for approval", () => {
    expect(judgePurchase(300_001, limited)).toEqual({ kind: "over_limit", leftMinor: 300_000, limitMinor: 1_000_000 });
    expect(judgePurchase(300_000, limited)).toEqual({ kind: "needs_approval", approvalAboveMinor: 200_000 });
    expect(judgePurchase(200_000, limited)).toEqual({ kind: "buy" });
    expect(judgePurchase(0, allowance({ monthlyLimitMinor: 0, approvalAboveMinor: null }, 0))).toEqual({ kind: "buy" });
  });

  it("lets approving buy above the approval amount, but never over the limit", () => {
    expect(judgePurchase(250_000, limited, { approving: true })).toEqual({ kind: "buy" });
    expect(judgePurchase(300_001, limited, { approving: true }).kind).toBe("over_limit");
  });

  it("buys anything without controls", () => {
    expect(judgePurchase(10 ** 12, allowance({ monthlyLimitMinor: null, approvalAboveMinor: null }, 0))).toEqual({
      kind: "buy",
    });
  });

  it("says what approving would leave, negative past the limit", () => {
    expect(leftAfter(250_000, limited)).toBe(50_000);
    expect(leftAfter(350_000, limited)).toBe(-50_000);
    expect(leftAfter(1, allowance({ monthlyLimitMinor: null, approvalAboveMinor: 0 }, 0))).toBeNull();
  });
});
