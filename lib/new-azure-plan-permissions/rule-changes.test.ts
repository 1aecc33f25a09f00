import { describe, expect, it } from "vitest";
import { ruleChanges } from "./rule-changes";

describe("ruleChanges", () => {
  it("lists only the rules asked to be other than they are, reservations first", () => {
    expect(ruleChanges([], { AzureSavingsPlan: true, AzureReservedInstances: true })).toEqual([
      { resource: "AzureReservedInstances", enabled: true },
      { resource: "AzureSavingsPlan", enabled: true },
    ]);
    expect(ruleChanges(["AzureSavingsPlan"], { AzureReservedInstances: false, AzureSavingsPlan: false })).toEqual([
      { resource: "AzureSavingsPlan", enabled: false },
    ]);
  });

  it("is empty when every rule is already as asked", () => {
    expect(ruleChanges(["AzureReservedInstances"], { AzureReservedInstances: true, AzureSavingsPlan: false })).toEqual(
      [],
    );
  });
});
