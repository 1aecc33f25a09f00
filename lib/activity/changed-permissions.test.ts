import { describe, expect, it } from "vitest";
import { selfServePolicy } from "@/lib/customer-permissions/self-serve-policy";
import { changedPermissions } from "./changed-permissions";

const policy = (...resources: ("AzureReservedInstances" | "AzureSavingsPlan")[]) =>
  JSON.stringify(selfServePolicy("partner", "customer", resources));

describe("changedPermissions", () => {
  it("names the permission an entry turned on or off", () => {
    expect(changedPermissions(null, policy("AzureSavingsPlan"))).toEqual(["AzureSavingsPlan"]);
    expect(
      changedPermissions(policy("AzureReservedInstances"), policy("AzureReservedInstances", "AzureSavingsPlan")),
    ).toEqual(["AzureSavingsPlan"]);
    expect(
      changedPermissions(policy("AzureReservedInstances", "AzureSavingsPlan"), policy("AzureSavingsPlan")),
    ).toEqual(["AzureReservedInstances"]);
    expect(changedPermissions(null, null)).toEqual([]);
    expect(changedPermissions("not json", null)).toEqual([]);
  });
});
