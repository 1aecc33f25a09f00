import { describe, expect, it } from "vitest";
import { say, inEnglish } from "@/lib/i18n/describe";
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
    ["an unknown product", { catalogItemId: "NOPE" }, "catalogItemId", "That product is not in the catalog."],
    [
      "a region where it isn't offered",
      { catalogItemId: "DZH318Z0BQ7B:0001", region: "uksouth" },
      "region",
      "Virtual machine NC6s v3 (GPU, 1 × V100) is not offered in that region.",
    ],
    [
      "a term it isn't offered for",
      { catalogItemId: "DZH318Z0BQ9C:0002", term: "P3Y" as const },
      "term",
      "App Service Isolated v2, I1v2 instance is offered for 1 year only.",
    ],
    [
      "monthly billing where only upfront exists",
      { catalogItemId: "DZH318Z0BQCD:0001", billingPlan: "monthly" as const },
      "billingPlan",
      "Azure Cosmos DB provisioned throughput, 100 RU/s is billed upfront only.",
    ],
    ["more than the most one can buy", { quantity: 1001 }, "quantity", "You can buy at most 1,000 at a time."],
  ])("refuses %s", (_name, overrides, field, message) => {
    const result = checkAgainstCatalog(choice(overrides));
    expect(result.ok).toBe(false);
    const [why] = (!result.ok && result.fieldErrors[field]) || [];
    expect(why?.reason).toMatch(/^reservations\.errors\./);
    // The reason, put into the API's English, reads as the form showed it before the product spoke French.
    expect(say(inEnglish, why.reason, why.values)).toContain(message);
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
