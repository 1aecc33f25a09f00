import { describe, expect, it } from "vitest";
import { rolesThatCanBuy } from "@/lib/access/buyer-roles";
import { sumOfPayments } from "@/lib/pricing/customer-price";
import {
  canTradeIn,
  formatHourlyCommitment,
  hourlyCommitment,
  lifetimeCommitmentMinor,
  priceSavingsPlan,
} from "./savings-plan-rules";

describe("hourly commitments", () => {
  it.each([
    ["1.25", 1250],
    ["0.001", 1],
    [2, 2000],
    ["1000", 1_000_000],
    [" 12.5 ", 12_500],
  ])("reads %s as %i thousandths, with no floating point", (typed, mills) => {
    expect(hourlyCommitment.parse(typed)).toBe(mills);
  });

  it.each(["0", "0.0001", "1000.001", "-1", "1,5", "abc", ""])("refuses %s", (typed) => {
    expect(hourlyCommitment.safeParse(typed).success).toBe(false);
  });

  it("writes thousandths back as people read them, in their language", () => {
    expect(formatHourlyCommitment(1250)).toBe("1.250");
    expect(formatHourlyCommitment(1_000_000)).toBe("1,000.000");
    expect(formatHourlyCommitment(1, "en-US")).toBe("0.001");
    expect(formatHourlyCommitment(1255, "fr-FR")).toBe("1,255");
    expect(formatHourlyCommitment(1_000_000, "fr-FR")).toMatch(/^1\s000,000$/u);
  });

  it("refuses with the catalogue's reason", () => {
    const refused = hourlyCommitment.safeParse("1,5");
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual(["savingsPlans.errors.hourlyCommitment"]);
  });
});

describe("savings plan prices", () => {
  it("are the hourly commitment times the hours of the term, exactly, in cents", () => {
    // 1.250 an hour: 10,950.00 for a year of 8,760 hours, 32,850.00 for three years.
    expect(lifetimeCommitmentMinor(1250, "P1Y")).toBe(1_095_000);
    expect(lifetimeCommitmentMinor(1250, "P3Y")).toBe(3_285_000);
    // The smallest step still comes to whole cents: 0.001 × 8,760 = 8.76.
    expect(lifetimeCommitmentMinor(1, "P1Y")).toBe(876);
  });

  it("apply the partner's savings-plan adjustment, and billed monthly add up to the same total", () => {
    const price = priceSavingsPlan(1333, "P3Y", "monthly", 500);
    expect(price.listTotalMinor).toBe(3_503_124); // 1.333 × 26,280 hours = 35,031.24
    expect(price.totalMinor).toBe(3_678_280); // +5%: 36,782.802 → 36,782.80
    expect(sumOfPayments(price.monthly!)).toBe(price.totalMinor);
    expect(price.monthly!.months).toBe(36);
    expect(priceSavingsPlan(1333, "P1Y", "upfront", -200)).toMatchObject({ totalMinor: 1_144_354, monthly: null });
  });
});

describe("who may buy, and trade-ins", () => {
  it("lets Owners buy both, and Savings plan purchasers savings plans only", () => {
    expect(rolesThatCanBuy.AzureReservedInstances).toEqual(["Owner"]);
    expect(rolesThatCanBuy.AzureSavingsPlan).toEqual(["Owner", "Savings plan purchaser"]);
  });

  it("trades in compute reservations only, for a commitment at least what is returned", () => {
    expect(canTradeIn({ category: "Virtual machines" })).toBe(true);
    expect(canTradeIn({ category: "App Service" })).toBe(true);
    expect(canTradeIn({ category: "Azure SQL Database" })).toBe(false);
    expect(canTradeIn({ category: "Azure Cosmos DB" })).toBe(false);
  });
});
