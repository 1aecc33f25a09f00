import { describe, expect, it } from "vitest";
import { allowedStatusChange, existingAzurePlan, isFirstAzurePlan } from "./azure-plan-rules";

describe("existingAzurePlan", () => {
  it("counts an Azure plan in any status but deleted or expired", () => {
    expect(existingAzurePlan([{ offerType: "azure_plan", status: "suspended" }])).toBeDefined();
    expect(existingAzurePlan([{ offerType: "azure_plan", status: "active" }])).toBeDefined();
    expect(existingAzurePlan([{ offerType: "azure_plan", status: "deleted" }])).toBeUndefined();
    expect(existingAzurePlan([{ offerType: "azure_plan", status: "expired" }])).toBeUndefined();
  });

  it("does not count Azure Global or license-based subscriptions", () => {
    expect(
      existingAzurePlan([
        { offerType: "azure_global", status: "active" },
        { offerType: "license_based", status: "active" },
      ]),
    ).toBeUndefined();
  });
});

describe("isFirstAzurePlan", () => {
  it("is true for a customer that has never had an Azure plan, with Azure Global or licenses or nothing", () => {
    expect(isFirstAzurePlan([])).toBe(true);
    expect(isFirstAzurePlan([{ offerType: "azure_global" }, { offerType: "license_based" }])).toBe(true);
  });

  it("is false once the customer has had one, even one deleted or expired since", () => {
    expect(isFirstAzurePlan([{ offerType: "license_based" }, { offerType: "azure_plan" }])).toBe(false);
  });
});

describe("allowedStatusChange", () => {
  it("allows suspending an active subscription and reactivating a suspended one, only", () => {
    expect(allowedStatusChange("active", "suspended")).toBe(true);
    expect(allowedStatusChange("suspended", "active")).toBe(true);
    expect(allowedStatusChange("deleted", "active")).toBe(false);
    expect(allowedStatusChange("pending", "suspended")).toBe(false);
  });
});
