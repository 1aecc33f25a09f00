import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { partnerUsers } from "@/db/schema";
import {
  newActivityFor,
  actorRef,
  customerTenantId,
  demo,
  grantedResources,
  runConcurrently,
} from "@/testing/fixtures";
import { setCustomerPurchasePermission } from "./set-customer-purchase-permission";

const turn = async (email: string, companyName: string, enabled: boolean) =>
  setCustomerPurchasePermission(await actorRef(email), {
    customerId: await customerTenantId(companyName),
    resource: "AzureReservedInstances",
    enabled,
  });

describe("setCustomerPurchasePermission", () => {
  it("lets an Admin agent turn it on, writing one Create entry with the SelfServePolicy as new value", async () => {
    const result = await turn(demo.contosoAdmin, "Wingtip Toys", true);

    expect(result).toEqual({
      ok: true,
      data: {
        customerId: await customerTenantId("Wingtip Toys"),
        resource: "AzureReservedInstances",
        enabled: true,
        changed: true,
      },
    });
    expect(await grantedResources("Wingtip Toys")).toEqual(["AzureReservedInstances"]);
    const [entry, ...others] = await newActivityFor("Wingtip Toys");
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      operationType: "create_self_serve_policy",
      resourceType: "self_serve_policy",
      actorEmail: demo.contosoAdmin,
      oldValue: null,
      status: "succeeded",
    });
    expect(JSON.parse(entry.newValue!)).toMatchObject({
      selfServeEntity: { selfServeEntityType: "customer", tenantID: await customerTenantId("Wingtip Toys") },
      grantor: { grantorType: "billToPartner" },
      permissions: [{ resource: "AzureReservedInstances", action: "Purchase" }],
    });
  });

  it("turns it off again with a Delete entry holding the old policy", async () => {
    await turn(demo.contosoAdmin, "Wingtip Toys", true);
    const result = await turn(demo.contosoAdmin, "Wingtip Toys", false);

    expect(result).toMatchObject({ ok: true, data: { enabled: false, changed: true } });
    expect(await grantedResources("Wingtip Toys")).toEqual([]);
    const entries = await newActivityFor("Wingtip Toys");
    expect(entries.map((e) => e.operationType)).toEqual(["create_self_serve_policy", "delete_self_serve_policy"]);
    expect(entries[1].newValue).toBeNull();
    expect(JSON.parse(entries[1].oldValue!).permissions).toEqual([
      { resource: "AzureReservedInstances", action: "Purchase" },
    ]);
  });

  it("is idempotent: the state it already has changes and logs nothing", async () => {
    expect(await turn(demo.contosoAdmin, "Wingtip Toys", false)).toMatchObject({ ok: true, data: { changed: false } });
    await turn(demo.contosoAdmin, "Wingtip Toys", true);
    expect(await turn(demo.contosoAdmin, "Wingtip Toys", true)).toMatchObject({ ok: true, data: { changed: false } });
    expect(await newActivityFor("Wingtip Toys")).toHaveLength(1);
  });

  it.each([
    ["Tailspin Toys", "an active Azure Global subscription"],
    ["Adventure Works Cycles", "an Azure plan but no Owner (a warning, not a blocker)"],
  ])("allows %s, which has %s", async (companyName) => {
    expect(await turn(demo.contosoAdmin, companyName, true)).toMatchObject({ ok: true, data: { changed: true } });
  });

  it.each([
    ["Northwind Traders", "only a license-based subscription"],
    ["Litware, Inc.", "a suspended Azure plan"],
  ])("refuses to turn it on for %s (%s), saying why, writing nothing", async (companyName) => {
    const result = await turn(demo.contosoAdmin, companyName, true);

    expect(result).toEqual({
      ok: false,
      error: "prerequisite_missing",
      reason: "permissions.errors.missingAzureSubscription",
      values: { resource: "AzureReservedInstances" },
    });
    expect(await grantedResources(companyName)).toEqual([]);
    expect(await newActivityFor(companyName)).toEqual([]);
  });

  it.each([demo.contosoSales, demo.contosoHelpdesk])("refuses %s: only Admin agents may change it", async (email) => {
    const result = await turn(email, "Wingtip Toys", true);

    expect(result).toEqual({ ok: false, error: "forbidden", reason: "permissions.errors.onlyAdminsChange" });
    expect(await grantedResources("Wingtip Toys")).toEqual([]);
    expect(await newActivityFor("Wingtip Toys")).toEqual([]);
  });

  it("cannot be used by a sales agent to turn off what an admin turned on", async () => {
    const result = await turn(demo.contosoSales, "Fourth Coffee", false);
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect(await grantedResources("Fourth Coffee")).toEqual(["AzureReservedInstances"]);
  });

  it("answers not found, not forbidden, for another partner's customer", async () => {
    const result = await turn(demo.fabrikamAdmin, "Wingtip Toys", true);

    expect(result).toEqual({ ok: false, error: "not_found", reason: "errors.customer_not_found" });
    expect(await grantedResources("Wingtip Toys")).toEqual([]);
    expect(await newActivityFor("Wingtip Toys")).toEqual([]);
  });

  it("answers not found to a sales agent of another partner too, so existence never leaks", async () => {
    await getDb().update(partnerUsers).set({ role: "sales_agent" }).where(eq(partnerUsers.email, demo.fabrikamAdmin));
    expect(await turn(demo.fabrikamAdmin, "Wingtip Toys", true)).toMatchObject({ ok: false, error: "not_found" });
  });

  it("answers not found for a customer id that does not exist", async () => {
    const result = await setCustomerPurchasePermission(await actorRef(demo.contosoAdmin), {
      customerId: "00000000-0000-0000-0000-000000000000",
      resource: "AzureReservedInstances",
      enabled: true,
    });
    expect(result).toMatchObject({ ok: false, error: "not_found" });
  });

  it("uses the role the database holds now: an admin demoted after loading the page is refused", async () => {
    const ref = await actorRef(demo.contosoAdmin);
    await getDb().update(partnerUsers).set({ role: "sales_agent" }).where(eq(partnerUsers.id, ref.id));

    const result = await setCustomerPurchasePermission(ref, {
      customerId: await customerTenantId("Wingtip Toys"),
      resource: "AzureReservedInstances",
      enabled: true,
    });
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect(await newActivityFor("Wingtip Toys")).toEqual([]);
  });

  it("refuses a deactivated user as signed out", async () => {
    const ref = await actorRef(demo.contosoAdmin);
    await getDb().update(partnerUsers).set({ active: false }).where(eq(partnerUsers.id, ref.id));
    expect(await turn(demo.contosoAdmin, "Wingtip Toys", true)).toMatchObject({ ok: false, error: "unauthenticated" });
  });

  it("refuses a request with no signed-in user", async () => {
    const result = await setCustomerPurchasePermission(null, {
      customerId: await customerTenantId("Wingtip Toys"),
      resource: "AzureReservedInstances",
      enabled: true,
    });
    expect(result).toEqual({ ok: false, error: "unauthenticated", reason: "errors.unauthenticated" });
  });

  it.each([
    [
      "a malformed Microsoft ID",
      { customerId: "wingtip", resource: "AzureReservedInstances", enabled: true },
      "customerId",
      "errors.microsoft_id",
    ],
    [
      "an unknown resource",
      { customerId: "e7c732af-ab74-5116-9562-01bd82245177", resource: "AzureSavings", enabled: true },
      "resource",
      "permissions.errors.resourceInvalid",
    ],
    [
      "enabled as text",
      { customerId: "e7c732af-ab74-5116-9562-01bd82245177", resource: "AzureReservedInstances", enabled: "yes" },
      "enabled",
      "permissions.errors.enabledBoolean",
    ],
    ["no body at all", undefined, "input", "errors.field_invalid"],
  ])("rejects %s with a clear error and changes nothing", async (_name, input, field, reason) => {
    const result = await setCustomerPurchasePermission(await actorRef(demo.contosoAdmin), input);
    expect(result).toMatchObject({ ok: false, error: "invalid_input" });
    expect(result.ok === false && result.fieldErrors?.[field]).toEqual([{ reason }]);
    expect(await grantedResources("Wingtip Toys")).toEqual([]);
  });

  it("writes exactly one entry when ten processes turn it on at the same moment", async () => {
    const input = {
      customerId: await customerTenantId("Wingtip Toys"),
      resource: "AzureReservedInstances",
      enabled: true,
    };
    const results = await runConcurrently(
      "setCustomerPurchasePermission",
      await actorRef(demo.contosoAdmin),
      input,
      10,
    );

    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.data?.changed)).toHaveLength(1);
    expect(await newActivityFor("Wingtip Toys")).toHaveLength(1);
    expect(await grantedResources("Wingtip Toys")).toEqual(["AzureReservedInstances"]);
  }, 30_000);
});
