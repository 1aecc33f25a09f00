import { describe, expect, it } from "vitest";
import { findProduct } from "./catalog";
import {
  canExchange,
  exchangeCoversReturn,
  refundPoolLeft,
  refundPoolLimitMinor,
  returnValue,
  type ReturnedPart,
} from "./return-rules";
import { addMonths } from "./term-dates";

const day = 24 * 60 * 60 * 1000;

// Azure's worked examples: a 3-year reservation at 100 USD a month, 3,600 USD in all.
const threeYears = (billingPlan: ReturnedPart["billingPlan"], purchasedAt = new Date("2026-03-01T10:00:00Z")) => ({
  unitPriceMinor: 360_000,
  quantityBought: 1,
  quantityHeld: 1,
  quantity: 1,
  term: "P3Y" as const,
  billingPlan,
  purchasedAt,
  expiresAt: addMonths(purchasedAt, 36),
});

describe("returnValue", () => {
  it("prorates by day: refunded after 12 months of 36, about 2,400 USD of commitment is cancelled", () => {
    const part = threeYears("upfront");
    const value = returnValue(part, addMonths(part.purchasedAt, 12));
    expect(value.termDays).toBe(1096); // 2026-03-01 to 2029-03-01 crosses 29 February 2028
    // 730 of 1,096 days remain (the day of the return counts as used): within a day's value of Azure's 2,400.
    expect(value.remainingDays).toBe(730);
    expect(value.remainingCommitmentMinor).toBe(239_781);
    expect(Math.abs(value.remainingCommitmentMinor - 240_000)).toBeLessThan(360_000 / 1096 + 1);
    expect(value.refundMinor).toBe(value.remainingCommitmentMinor);
  });

  it("counts a leap year's 366 days", () => {
    const purchasedAt = new Date("2028-01-01T00:00:00Z");
    const part = { ...threeYears("upfront", purchasedAt), term: "P1Y" as const, expiresAt: addMonths(purchasedAt, 12) };
    expect(returnValue(part, purchasedAt)).toMatchObject({ termDays: 366, remainingDays: 365 });
  });

  it("gives back nothing at the end, and everything but a day at the start", () => {
    const part = threeYears("upfront");
    expect(returnValue(part, part.expiresAt)).toMatchObject({ remainingDays: 0, refundMinor: 0 });
    expect(returnValue(part, new Date(part.expiresAt.getTime() + 30 * day)).refundMinor).toBe(0);
    expect(returnValue(part, part.purchasedAt).refundMinor).toBe(Math.round((360_000 * 1095) / 1096));
  });

  it("billed monthly, refunds what was paid beyond the days used, and counts the unpaid rest against the pool", () => {
    const part = threeYears("monthly");
    // 18 payments made (months 1 to 18), half-way through the 18th month.
    const at = new Date(addMonths(part.purchasedAt, 17).getTime() + 15 * day);
    const value = returnValue(part, at);
    expect(value.paidMinor).toBe(18 * 10_000);
    expect(value.refundMinor).toBe(value.paidMinor - (value.commitmentMinor - value.remainingCommitmentMinor));
    expect(value.refundMinor).toBeGreaterThan(0);
    expect(value.refundMinor).toBeLessThan(10_000);
    // About 1,800 USD of commitment remains: Azure's exchange example.
    expect(Math.abs(value.remainingCommitmentMinor - 180_000)).toBeLessThan(10_000);
    // The 18 payments not yet due are cancelled: with the refund, the customer stops owing the remaining commitment.
    expect(value.futurePaymentsMinor).toBe(18 * 10_000);
    expect(value.refundMinor + value.futurePaymentsMinor).toBe(value.remainingCommitmentMinor);
  });

  it("billed monthly, never releases more than the remaining commitment, even when the days used are worth more than was paid", () => {
    const part = threeYears("monthly"); // 100 USD a month from 1 March 2026, 10:00 UTC
    // The monthly anniversary's day, before its hour: one payment made, 32 days used (the day of the return counts).
    const at = new Date("2026-04-01T09:00:00Z");
    const value = returnValue(part, at);
    expect(value.paidMinor).toBe(10_000);
    expect(value.commitmentMinor - value.remainingCommitmentMinor).toBeGreaterThan(value.paidMinor);
    expect(value.refundMinor).toBe(0);
    // Of the 35 payments not yet due, only the remaining commitment is cancelled: the days used are still owed.
    expect(value.futurePaymentsMinor).toBe(value.remainingCommitmentMinor);
    expect(value.refundMinor + value.futurePaymentsMinor).toBe(value.remainingCommitmentMinor);
    // An hour later the second payment has fallen due: everything not yet due is cancelled, the rest refunded.
    const after = returnValue(part, new Date("2026-04-01T10:00:00Z"));
    expect(after.futurePaymentsMinor).toBe(34 * 10_000);
    expect(after.refundMinor + after.futurePaymentsMinor).toBe(after.remainingCommitmentMinor);
  });

  it("billed monthly, takes what was paid and what is still to pay from the order's own schedule, shared by unit", () => {
    // 2 × 447.30 USD for a year, billed 12 × 74.55: the order's schedule, not twice 6 × 37.28 + 6 × 37.27.
    const purchasedAt = new Date("2026-03-01T10:00:00Z");
    const order = {
      unitPriceMinor: 44_730,
      quantityBought: 2,
      quantityHeld: 2,
      quantity: 2,
      term: "P1Y" as const,
      billingPlan: "monthly" as const,
      purchasedAt,
      expiresAt: addMonths(purchasedAt, 12),
    };
    const at = new Date(purchasedAt.getTime() + 14 * day);
    expect(returnValue(order, at)).toMatchObject({ paidMinor: 7_455, futurePaymentsMinor: 11 * 7_455 });
    // Each unit's share of every payment is whole cents, and a unit's shares add up to its unit price: returning
    // one unit, then the other, gives back what returning both at once does.
    const one = returnValue({ ...order, quantity: 1 }, at);
    const other = returnValue({ ...order, quantityHeld: 1, quantity: 1 }, at);
    expect(one.paidMinor + other.paidMinor).toBe(7_455);
    expect(one.futurePaymentsMinor + other.futurePaymentsMinor).toBe(11 * 7_455);
    // Each unit is paid for, or still to be billed, exactly its unit price.
    for (const unit of [one, other]) expect(unit.paidMinor + unit.futurePaymentsMinor).toBe(44_730);
    const threeBought = { ...order, quantityBought: 3, quantityHeld: 3 };
    for (let month = 0; month <= 12; month++) {
      const when = addMonths(purchasedAt, month);
      const units = [3, 2, 1].map((held) => returnValue({ ...threeBought, quantityHeld: held, quantity: 1 }, when));
      const all = returnValue({ ...threeBought, quantity: 3 }, when);
      expect(units.reduce((sum, u) => sum + u.paidMinor, 0)).toBe(all.paidMinor);
      expect(
        Math.max(...units.map((u) => u.paidMinor)) - Math.min(...units.map((u) => u.paidMinor)),
      ).toBeLessThanOrEqual(1);
    }
    expect(() => returnValue({ ...order, quantityHeld: 1, quantity: 2 }, at)).toThrow();
  });

  it("up front, cancels no future payments: the refund is all the customer stops owing", () => {
    const part = threeYears("upfront");
    const value = returnValue(part, addMonths(part.purchasedAt, 5));
    expect(value.futurePaymentsMinor).toBe(0);
    expect(value.refundMinor).toBe(value.remainingCommitmentMinor);
  });

  it("splits by quantity: returning part of a reservation is worth that part", () => {
    const part = { ...threeYears("upfront"), quantityBought: 3, quantityHeld: 3, quantity: 3 };
    const one = returnValue({ ...part, quantity: 1 }, addMonths(part.purchasedAt, 6));
    const three = returnValue(part, addMonths(part.purchasedAt, 6));
    expect(Math.abs(three.refundMinor - 3 * one.refundMinor)).toBeLessThanOrEqual(1);
    expect(() => returnValue({ ...part, quantity: 0 }, part.purchasedAt)).toThrow();
  });
});

describe("refundPoolLeft", () => {
  const at = new Date("2026-11-25T00:00:00Z");

  it("starts at USD 50,000 and shrinks by each refund's cancelled commitment", () => {
    expect(refundPoolLeft([], at)).toBe(refundPoolLimitMinor);
    const refunds = [
      { at: new Date(at.getTime() - 100 * day), cancelledCommitmentMinor: 240_000 },
      { at: new Date(at.getTime() - 10 * day), cancelledCommitmentMinor: 1_000_000 },
    ];
    expect(refundPoolLeft(refunds, at)).toBe(5_000_000 - 240_000 - 1_000_000);
  });

  it("gets each refund back 365 days after it", () => {
    const refund = { at: new Date("2026-01-10T12:00:00Z"), cancelledCommitmentMinor: 240_000 };
    expect(refundPoolLeft([refund], new Date(refund.at.getTime() + 365 * day - 1))).toBe(4_760_000);
    expect(refundPoolLeft([refund], new Date(refund.at.getTime() + 365 * day))).toBe(5_000_000);
  });

  it("gets several refunds back one by one, each 365 days after its own", () => {
    const first = { at: new Date("2026-01-10T00:00:00Z"), cancelledCommitmentMinor: 1_000_000 };
    const second = { at: new Date("2026-04-10T00:00:00Z"), cancelledCommitmentMinor: 2_000_000 };
    const third = { at: new Date("2026-09-10T00:00:00Z"), cancelledCommitmentMinor: 500_000 };
    const refunds = [first, second, third];
    expect(refundPoolLeft(refunds, new Date("2026-12-01T00:00:00Z"))).toBe(1_500_000);
    expect(refundPoolLeft(refunds, new Date(first.at.getTime() + 365 * day))).toBe(2_500_000);
    expect(refundPoolLeft(refunds, new Date(second.at.getTime() + 365 * day))).toBe(4_500_000);
    expect(refundPoolLeft(refunds, new Date(third.at.getTime() + 365 * day))).toBe(5_000_000);
  });

  it("never goes below zero", () => {
    expect(refundPoolLeft([{ at, cancelledCommitmentMinor: 6_000_000 }], at)).toBe(0);
  });

  it("counts a refund recorded with a later time: two refunds at once, the one that waited took its time first", () => {
    expect(refundPoolLeft([{ at: new Date(at.getTime() + 3), cancelledCommitmentMinor: 1 }], at)).toBe(4_999_999);
  });
});

describe("exchanges", () => {
  it("stay in the family: compute with compute (VMs and App Service), SQL with SQL, Cosmos DB alone", () => {
    const vm = findProduct("DZH318Z0BQ4P:0001")!;
    const products = ["Virtual machines", "App Service", "Azure SQL Database", "Azure Cosmos DB"] as const;
    const byCategory = Object.fromEntries(products.map((category) => [category, { category }]));
    expect(canExchange(vm, byCategory["App Service"])).toBe(true);
    expect(canExchange(vm, byCategory["Azure SQL Database"])).toBe(false);
    expect(canExchange(byCategory["Azure SQL Database"], byCategory["Azure SQL Database"])).toBe(true);
    expect(canExchange(byCategory["Azure Cosmos DB"], byCategory["App Service"])).toBe(false);
  });

  it("need a new lifetime commitment of at least the remaining commitment returned", () => {
    const part = threeYears("monthly");
    const returned = returnValue(part, addMonths(part.purchasedAt, 18));
    expect(exchangeCoversReturn(returned.remainingCommitmentMinor, returned.remainingCommitmentMinor)).toBe(true);
    expect(exchangeCoversReturn(returned.remainingCommitmentMinor - 1, returned.remainingCommitmentMinor)).toBe(false);
  });
});
