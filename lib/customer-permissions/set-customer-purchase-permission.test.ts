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
} from "@/db/testing/fixtures";
import { setCustomerPurchasePermission } from "./set-customer-purchase-permission";

const turn = (email: string, companyName: string, enabled: boolean) =>
  setCustomerPurchasePermission(actorRef(email), {
    customerId: customerTenantId(companyName),
    resource: "AzureReservedInstances",
    enabled,
  });

describe("setCustomerPurchasePermission", () => {
  it("lets an Admin agent turn it on, writing one Create entry with the SelfServePolicy as new value", () => {
    const result = turn(demo.contosoAdmin, "Wingtip Toys", true);

    expect(result).toEqual({
      ok: true,
      data: {
        customerId: customerTenantId("Wingtip Toys"),
        resource: "AzureReservedInstances",
        enabled: true,
        changed: true,
      },
    });
    expect(grantedResources("Wingtip Toys")).toEqual(["AzureReservedInstances"]);
    const [entry, ...others] = newActivityFor("Wingtip Toys");
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      operationType: "create_self_serve_policy",
      resourceType: "self_serve_policy",
      actorEmail: demo.contosoAdmin,
      oldValue: null,
      status: "succeeded",
    });
    expect(JSON.parse(entry.newValue!)).toMatchObject({
      selfServeEntity: { selfServeEntityType: "customer", tenantID: customerTenantId("Wingtip Toys") },
      grantor: { grantorType: "billToPartner" },
      permissions: [{ resource: "AzureReservedInstances", action: "Purchase" }],
    });
  });

  it("turns it off again with a Delete entry holding the old policy", () => {
    turn(demo.contosoAdmin, "Wingtip Toys", true);
    const result = turn(demo.contosoAdmin, "Wingtip Toys", false);

    expect(result).toMatchObject({ ok: true, data: { enabled: false, changed: true } });
    expect(grantedResources("Wingtip Toys")).toEqual([]);
    const entries = newActivityFor("Wingtip Toys");
    expect(entries.map((e) => e.operationType)).toEqual(["create_self_serve_policy", "delete_self_serve_policy"]);
    expect(entries[1].newValue).toBeNull();
    expect(JSON.parse(entries[1].oldValue!).permissions).toEqual([
      { resource: "AzureReservedInstances", action: "Purchase" },
    ]);
  });

  it("is idempotent: the state it already has changes and logs nothing", () => {
    expect(turn(demo.contosoAdmin, "Wingtip Toys", false)).toMatchObject({ ok: true, data: { changed: false } });
    turn(demo.contosoAdmin, "Wingtip Toys", true);
    expect(turn(demo.contosoAdmin, "Wingtip Toys", true)).toMatchObject({ ok: true, data: { changed: false } });
    expect(newActivityFor("Wingtip Toys")).toHaveLength(1);
  });

  it.each([
    ["Tailspin Toys", "an active Azure Global subscription"],
    ["Adventure Works Cycles", "an Azure plan but no Owner (a warning, not a blocker)"],
  ])("allows %s, which has %s", (companyName) => {
    expect(turn(demo.contosoAdmin, companyName, true)).toMatchObject({ ok: true, data: { changed: true } });
  });

  it.each([
    ["Northwind Traders", "only a license-based subscription"],
    ["Litware, Inc.", "a suspended Azure plan"],
  ])("refuses to turn it on for %s (%s), saying why, writing nothing", (companyName) => {
    const result = turn(demo.contosoAdmin, companyName, true);

    expect(result).toEqual({
      ok: false,
      error: "prerequisite_missing",
      reason: "permissions.errors.missingAzureSubscription",
      values: { resource: "AzureReservedInstances" },
    });
    expect(grantedResources(companyName)).toEqual([]);
    expect(newActivityFor(companyName)).toEqual([]);
  });

  it.each([demo.contosoSales, demo.contosoHelpdesk])("refuses %s: only Admin agents may change it", (email) => {
    const result = turn(email, "Wingtip Toys", true);

    expect(result).toEqual({ ok: false, error: "forbidden", reason: "permissions.errors.onlyAdminsChange" });
    expect(grantedResources("Wingtip Toys")).toEqual([]);
    expect(newActivityFor("Wingtip Toys")).toEqual([]);
  });

  it("cannot be used by a sales agent to turn off what an admin turned on", () => {
    const result = turn(demo.contosoSales, "Fourth Coffee", false);
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect(grantedResources("Fourth Coffee")).toEqual(["AzureReservedInstances"]);
  });

  it("answers not found, not forbidden, for another partner's customer", () => {
    const result = turn(demo.fabrikamAdmin, "Wingtip Toys", true);

    expect(result).toEqual({ ok: false, error: "not_found", reason: "errors.customer_not_found" });
    expect(grantedResources("Wingtip Toys")).toEqual([]);
    expect(newActivityFor("Wingtip Toys")).toEqual([]);
  });

  it("answers not found to a sales agent of another partner too, so existence never leaks", () => {
    getDb().update(partnerUsers).set({ role: "sales_agent" }).where(eq(partnerUsers.email, demo.fabrikamAdmin)).run();
    expect(turn(demo.fabrikamAdmin, "Wingtip Toys", true)).toMatchObject({ ok: false, error: "not_found" });
  });

  it("answers not found for a customer id that does not exist", () => {
    const result = setCustomerPurchasePermission(actorRef(demo.contosoAdmin), {
      customerId: "00000000-0000-0000-0000-000000000000",
      resource: "AzureReservedInstances",
      enabled: true,
    });
    expect(result).toMatchObject({ ok: false, error: "not_found" });
  });

  it("uses the role the database holds now: an admin demoted after loading the page is refused", () => {
    const ref = actorRef(demo.contosoAdmin);
    getDb().update(partnerUsers).set({ role: "sales_agent" }).where(eq(partnerUsers.id, ref.id)).run();

    const result = setCustomerPurchasePermission(ref, {
      customerId: customerTenantId("Wingtip Toys"),
      resource: "AzureReservedInstances",
      enabled: true,
    });
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect(newActivityFor("Wingtip Toys")).toEqual([]);
  });

  it("refuses a deactivated user as signed out", () => {
    const ref = actorRef(demo.contosoAdmin);
    getDb().update(partnerUsers).set({ active: false }).where(eq(partnerUsers.id, ref.id)).run();
    expect(turn(demo.contosoAdmin, "Wingtip Toys", true)).toMatchObject({ ok: false, error: "unauthenticated" });
  });

  it("refuses a request with no signed-in user", () => {
    const result = setCustomerPurchasePermission(null, {
      customerId: customerTenantId("Wingtip Toys"),
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
  ])("rejects %s with a clear error and changes nothing", (_name, input, field, reason) => {
    const result = setCustomerPurchasePermission(actorRef(demo.contosoAdmin), input);
    expect(result).toMatchObject({ ok: false, error: "invalid_input" });
    expect(result.ok === false && result.fieldErrors?.[field]).toEqual([{ reason }]);
    expect(grantedResources("Wingtip Toys")).toEqual([]);
  });

  it("writes exactly one entry when ten processes turn it on at the same moment", async () => {
    const input = { customerId: customerTenantId("Wingtip Toys"), resource: "AzureReservedInstances", enabled: true };
    const results = await runConcurrently("setCustomerPurchasePermission", actorRef(demo.contosoAdmin), input, 10);

    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.data?.changed)).toHaveLength(1);
    expect(newActivityFor("Wingtip Toys")).toHaveLength(1);
    expect(grantedResources("Wingtip Toys")).toEqual(["AzureReservedInstances"]);
  }, 30_000);
});
