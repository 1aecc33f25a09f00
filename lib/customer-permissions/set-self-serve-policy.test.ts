import { describe, expect, it } from "vitest";
import { actorRef, customerTenantId, demo, grantedResources, newActivityFor } from "@/db/testing/fixtures";
import { setSelfServePolicy } from "./set-self-serve-policy";

const policy = (companyName: string, resources: string[], mode: "create" | "replace") =>
  setSelfServePolicy(actorRef(demo.contosoAdmin), { customerId: customerTenantId(companyName), resources, mode });

describe("setSelfServePolicy", () => {
  it("creates a policy with both permissions, one entry each, and refuses a second create", () => {
    expect(policy("Wingtip Toys", ["AzureReservedInstances", "AzureSavingsPlan"], "create")).toMatchObject({
      ok: true,
      data: { before: [], changed: true },
    });
    expect(grantedResources("Wingtip Toys").sort()).toEqual(["AzureReservedInstances", "AzureSavingsPlan"]);
    expect(newActivityFor("Wingtip Toys").map((e) => e.operationType)).toEqual([
      "create_self_serve_policy",
      "create_self_serve_policy",
    ]);
    expect(policy("Wingtip Toys", ["AzureSavingsPlan"], "create")).toMatchObject({
      ok: false,
      error: "conflict",
      reason: "permissions.errors.policyExists",
      alreadyExists: true,
    });
  });

  it("replaces the permissions with exactly those given, and turns all off with none", () => {
    policy("Wingtip Toys", ["AzureReservedInstances", "AzureSavingsPlan"], "create");
    expect(policy("Wingtip Toys", ["AzureSavingsPlan"], "replace")).toMatchObject({
      ok: true,
      data: { changed: true },
    });
    expect(grantedResources("Wingtip Toys")).toEqual(["AzureSavingsPlan"]);
    expect(policy("Wingtip Toys", ["AzureSavingsPlan"], "replace")).toMatchObject({
      ok: true,
      data: { changed: false },
    });
    expect(policy("Wingtip Toys", [], "replace")).toMatchObject({ ok: true, data: { changed: true } });
    expect(grantedResources("Wingtip Toys")).toEqual([]);
  });

  it("changes all or none: a customer without an Azure subscription gets neither, and bad input nothing", () => {
    expect(policy("Northwind Traders", ["AzureReservedInstances", "AzureSavingsPlan"], "create")).toMatchObject({
      ok: false,
      error: "prerequisite_missing",
      reason: "permissions.errors.missingAzureSubscription",
      values: { resource: "AzureReservedInstances" },
    });
    expect(grantedResources("Northwind Traders")).toEqual([]);
    expect(newActivityFor("Northwind Traders")).toEqual([]);
    expect(policy("Wingtip Toys", ["AzureSavingsPlan", "AzureSavingsPlan"], "create")).toMatchObject({
      error: "invalid_input",
      fieldErrors: { resources: [{ reason: "permissions.errors.eachPermissionOnce" }] },
    });
    expect(
      setSelfServePolicy(actorRef(demo.contosoSales), {
        customerId: customerTenantId("Wingtip Toys"),
        resources: ["AzureSavingsPlan"],
        mode: "create",
      }),
    ).toMatchObject({ error: "forbidden", reason: "permissions.errors.onlyAdminsChange" });
  });
});
