import { describe, expect, it } from "vitest";
import { permissionJobStep, secondsLeft, type CustomerPermissionState } from "./permission-job-rules";

const azurePlan = (status: "active" | "suspended") => ({ offerType: "azure_plan" as const, status });
const state = (over: Partial<CustomerPermissionState>): CustomerPermissionState => ({
  granted: [],
  subscriptions: [azurePlan("active")],
  ...over,
});

describe("what a bulk change does for one customer", () => {
  it("turns the permission on for a customer with an active Azure plan or Azure Global subscription", () => {
    expect(permissionJobStep(state({}), "AzureReservedInstances", true)).toEqual({ outcome: "changed" });
    const global = state({ subscriptions: [{ offerType: "azure_global", status: "active" }] });
    expect(permissionJobStep(global, "AzureSavingsPlan", true)).toEqual({ outcome: "changed" });
  });

  it("leaves a customer that already has the state asked for", () => {
    const on = state({ granted: ["AzureSavingsPlan"] });
    expect(permissionJobStep(on, "AzureSavingsPlan", true)).toEqual({ outcome: "unchanged" });
    expect(permissionJobStep(on, "AzureReservedInstances", false)).toEqual({ outcome: "unchanged" });
  });

  it("skips a customer without an Azure plan, saying so", () => {
    const none = state({ subscriptions: [{ offerType: "license_based", status: "active" }] });
    expect(permissionJobStep(none, "AzureReservedInstances", true)).toEqual({
      outcome: "skipped",
      reason: "permissionJobs.reasons.noAzurePlan",
    });
  });

  it("skips a customer whose Azure plan is suspended, saying that rather than that it has none", () => {
    const suspended = state({ subscriptions: [azurePlan("suspended")] });
    expect(permissionJobStep(suspended, "AzureSavingsPlan", true)).toEqual({
      outcome: "skipped",
      reason: "permissionJobs.reasons.azurePlanNotActive",
    });
  });

  it("turns the permission off whatever the customer's subscriptions, as a single change does", () => {
    const on = state({ granted: ["AzureReservedInstances"], subscriptions: [] });
    expect(permissionJobStep(on, "AzureReservedInstances", false)).toEqual({ outcome: "changed" });
  });
});

describe("time left", () => {
  it("goes at the rate so far", () => {
    expect(secondsLeft(100, 300, 2000)).toBe(6);
    expect(secondsLeft(3, 1, 1000)).toBe(1);
  });

  it("is unknown before the first customer and nothing once none is waiting", () => {
    expect(secondsLeft(0, 10, 5000)).toBeNull();
    expect(secondsLeft(10, 0, 5000)).toBeNull();
  });
});
