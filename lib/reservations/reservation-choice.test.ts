import { describe, expect, it } from "vitest";
import { checkAgainstCatalog, reservationChoiceInput, type ReservationChoice } from "./reservation-choice";

const choice = (overrides: Partial<ReservationChoice>): ReservationChoice => ({
  catalogItemId: "DZH318Z0BQ4P:0001",
  region: "eastus",
  term: "P1Y",
  billingPlan: "upfront",
  quantity: 1,
  billingSubscriptionId: "e7c732af-ab74-5116-9562-01bd82245177",
  scope: "single",
  ...overrides,
});

describe("checkAgainstCatalog", () => {
  it("accepts what the catalog offers", () => {
    expect(checkAgainstCatalog(choice({}))).toMatchObject({
      ok: true,
      product: { name: expect.stringContaining("D2s v5") },
    });
  });

  it.each([
    ["an unknown product", { catalogItemId: "NOPE" }, "catalogItemId", "not in the catalog"],
    [
      "a region where it isn't offered",
      { catalogItemId: "DZH318Z0BQ7B:0001", region: "uksouth" },
      "region",
      "not offered in that region",
    ],
    [
      "a term it isn't offered for",
      { catalogItemId: "DZH318Z0BQ9C:0002", term: "P3Y" as const },
      "term",
      "1 year only",
    ],
    [
      "monthly billing where only upfront exists",
      { catalogItemId: "DZH318Z0BQCD:0001", billingPlan: "monthly" as const },
      "billingPlan",
      "upfront only",
    ],
    ["more than the most one can buy", { quantity: 1001 }, "quantity", "at most 1,000"],
  ])("refuses %s", (_name, overrides, field, message) => {
    const result = checkAgainstCatalog(choice(overrides));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors[field]?.[0]).toContain(message);
  });
});

describe("reservationChoiceInput", () => {
  it("needs a valid resource group name for the resource-group scope", () => {
    const base = { ...choice({}), scope: "resource_group" };
    expect(reservationChoiceInput.safeParse(base).success).toBe(false);
    expect(reservationChoiceInput.safeParse({ ...base, resourceGroup: "rg-web." }).success).toBe(false);
    expect(reservationChoiceInput.safeParse({ ...base, resourceGroup: "rg web" }).success).toBe(false);
    expect(reservationChoiceInput.safeParse({ ...base, resourceGroup: "rg-web_(prod)" }).success).toBe(true);
  });

  it("refuses a quantity below one or with decimals", () => {
    expect(reservationChoiceInput.safeParse({ ...choice({}), quantity: 0 }).success).toBe(false);
    expect(reservationChoiceInput.safeParse({ ...choice({}), quantity: 1.5 }).success).toBe(false);
  });
});
