import { describe, expect, it } from "vitest";
import { allowedStatusChange, existingAzurePlan } from "./azure-plan-rules";

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

describe("allowedStatusChange", () => {
  it("allows suspending an active subscription and reactivating a suspended one, only", () => {
    expect(allowedStatusChange("active", "suspended")).toBe(true);
    expect(allowedStatusChange("suspended", "active")).toBe(true);
    expect(allowedStatusChange("deleted", "active")).toBe(false);
    expect(allowedStatusChange("pending", "suspended")).toBe(false);
  });
});
