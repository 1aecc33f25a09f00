import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { subscriptions } from "@/db/schema";
import { actorRef, customerTenantId, demo, grantedResources, newActivityFor, subscriptionOf } from "@/testing/fixtures";
import { setSelfServePolicy } from "./set-self-serve-policy";

const policy = async (
  companyName: string,
  resources: string[],
  mode: "create" | "replace",
  email: string = demo.contosoAdmin,
) => setSelfServePolicy(await actorRef(email), { customerId: await customerTenantId(companyName), resources, mode });

describe("setSelfServePolicy", () => {
  it("creates a policy with both permissions, one entry each, and refuses a second create", async () => {
    expect(await policy("Wingtip Toys", ["AzureReservedInstances", "AzureSavingsPlan"], "create")).toMatchObject({
      ok: true,
      data: { before: [], changed: true },
    });
    expect((await grantedResources("Wingtip Toys")).sort()).toEqual(["AzureReservedInstances", "AzureSavingsPlan"]);
    expect((await newActivityFor("Wingtip Toys")).map((e) => e.operationType)).toEqual([
      "create_self_serve_policy",
      "create_self_serve_policy",
    ]);
    expect(await policy("Wingtip Toys", ["AzureSavingsPlan"], "create")).toMatchObject({
      ok: false,
      error: "conflict",
      reason: "permissions.errors.policyExists",
      alreadyExists: true,
    });
  });

  it("replaces the permissions with exactly those given, and turns all off with none", async () => {
    await policy("Wingtip Toys", ["AzureReservedInstances", "AzureSavingsPlan"], "create");
    expect(await policy("Wingtip Toys", ["AzureSavingsPlan"], "replace")).toMatchObject({
      ok: true,
      data: { changed: true },
    });
    expect(await grantedResources("Wingtip Toys")).toEqual(["AzureSavingsPlan"]);
    expect(await policy("Wingtip Toys", ["AzureSavingsPlan"], "replace")).toMatchObject({
      ok: true,
      data: { changed: false },
    });
    expect(await policy("Wingtip Toys", [], "replace")).toMatchObject({ ok: true, data: { changed: true } });
    expect(await grantedResources("Wingtip Toys")).toEqual([]);
  });

  it("changes all or none: a customer without an Azure subscription gets neither, and bad input nothing", async () => {
    expect(await policy("Northwind Traders", ["AzureReservedInstances", "AzureSavingsPlan"], "create")).toMatchObject({
      ok: false,
      error: "prerequisite_missing",
      reason: "permissions.errors.missingAzureSubscription",
      values: { resource: "AzureReservedInstances" },
    });
    expect(await grantedResources("Northwind Traders")).toEqual([]);
    expect(await newActivityFor("Northwind Traders")).toEqual([]);
    expect(await policy("Wingtip Toys", ["AzureSavingsPlan", "AzureSavingsPlan"], "create")).toMatchObject({
      error: "invalid_input",
      fieldErrors: { resources: [{ reason: "permissions.errors.eachPermissionOnce" }] },
    });
    expect(await policy("Wingtip Toys", ["AzureSavingsPlan"], "create", demo.contosoSales)).toMatchObject({
      error: "forbidden",
      reason: "permissions.errors.onlyAdminsChange",
    });
  });

  it("undoes a permission already turned off when the next one is refused", async () => {
    const plan = await subscriptionOf("Fourth Coffee", "azure_plan");
    await getDb().update(subscriptions).set({ status: "suspended" }).where(eq(subscriptions.id, plan.id));
    // Reservations are turned off first; the savings plan is then refused, for want of an active Azure plan.
    expect(await policy("Fourth Coffee", ["AzureSavingsPlan"], "replace")).toMatchObject({
      ok: false,
      error: "prerequisite_missing",
      values: { resource: "AzureSavingsPlan" },
    });
    expect(await grantedResources("Fourth Coffee")).toEqual(["AzureReservedInstances"]);
    expect(await newActivityFor("Fourth Coffee")).toEqual([]);
  });

  it("refuses a Sales agent before saying the customer already has a policy (decision record 003)", async () => {
    expect(await grantedResources("Fourth Coffee")).toEqual(["AzureReservedInstances"]);
    expect(await policy("Fourth Coffee", ["AzureSavingsPlan"], "create", demo.contosoSales)).toEqual({
      ok: false,
      error: "forbidden",
      reason: "permissions.errors.onlyAdminsChange",
    });
    expect(await grantedResources("Fourth Coffee")).toEqual(["AzureReservedInstances"]);
  });
});
