import { describe, expect, it } from "vitest";
import { newAzurePlanRuleResourceOf, permissionRuleOf } from "./permission-rule";

const policy = { permissions: [{ resource: "AzureReservedInstances", action: "Purchase" }] };

describe("permissionRuleOf", () => {
  it("names the rule and who set it when the new value carries one", () => {
    const value = JSON.stringify({ ...policy, rule: { name: "new_azure_plan", setBy: "admin@contoso-csp.example" } });
    expect(permissionRuleOf(value)).toEqual({ name: "new_azure_plan", setBy: "admin@contoso-csp.example" });
  });

  it("is null for a change made by hand, an unknown rule, a rule without its setter, or a value that is not JSON", () => {
    expect(permissionRuleOf(JSON.stringify(policy))).toBeNull();
    expect(permissionRuleOf(JSON.stringify({ ...policy, rule: { name: "other", setBy: "x@y.example" } }))).toBeNull();
    expect(permissionRuleOf(JSON.stringify({ ...policy, rule: { name: "new_azure_plan" } }))).toBeNull();
    expect(permissionRuleOf("not json")).toBeNull();
    expect(permissionRuleOf("null")).toBeNull();
    expect(permissionRuleOf(null)).toBeNull();
  });
});

describe("newAzurePlanRuleResourceOf", () => {
  it("names the permission a rule's entry is about, and nothing else", () => {
    expect(newAzurePlanRuleResourceOf(JSON.stringify({ resource: "AzureSavingsPlan", enabled: true }))).toBe(
      "AzureSavingsPlan",
    );
    expect(newAzurePlanRuleResourceOf(JSON.stringify({ resource: "Licenses", enabled: true }))).toBeNull();
    expect(newAzurePlanRuleResourceOf(null)).toBeNull();
  });
});
