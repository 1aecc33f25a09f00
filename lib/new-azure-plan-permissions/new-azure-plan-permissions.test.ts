import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activityEntries, customerPurchasePermissions, customers, subscriptions } from "@/db/schema";
import { readTurnedOn } from "@/lib/customer-permissions/purchase-permission-facts";
import { purchaseAzurePlan } from "@/lib/subscriptions/purchase-azure-plan";
import {
  actorRef,
  customerTenantId,
  demo,
  grantedResources,
  newActivityFor,
  partnerUserId,
  subscriptionOf,
} from "@/testing/fixtures";
import { getNewAzurePlanPermissions } from "./get-new-azure-plan-permissions";
import { setNewAzurePlanPermissions } from "./set-new-azure-plan-permissions";

const bothOff = { AzureReservedInstances: false, AzureSavingsPlan: false };

async function setRules(email: string, rules: Partial<typeof bothOff>, version: number) {
  return setNewAzurePlanPermissions(await actorRef(email), { rules: { ...bothOff, ...rules }, version });
}

async function rulesAs(email: string) {
  const read = await getNewAzurePlanPermissions(await actorRef(email));
  if (!read.ok) throw new Error(read.reason);
  return read.data;
}

const ruleEntries = () =>
  getDb().select().from(activityEntries).where(eq(activityEntries.operationType, "update_new_azure_plan_permissions"));

async function buyAzurePlan(email: string, companyName: string, idempotencyKey: string = crypto.randomUUID()) {
  return purchaseAzurePlan(await actorRef(email), { customerId: await customerTenantId(companyName), idempotencyKey });
}

async function customerId(companyName: string) {
  const [customer] = await getDb().select().from(customers).where(eq(customers.companyName, companyName)).limit(1);
  return customer.id;
}

describe("the rules for new Azure plans", () => {
  it("are off by default; an Admin agent turns one on, with an entry naming it; others only read them", async () => {
    expect(await rulesAs(demo.contosoSales)).toEqual({
      rules: [
        { resource: "AzureReservedInstances", enabled: false, turnedOn: null },
        { resource: "AzureSavingsPlan", enabled: false, turnedOn: null },
      ],
      version: 0,
      canChange: false,
    });
    for (const email of [demo.contosoSales, demo.contosoHelpdesk]) {
      expect(await setRules(email, { AzureReservedInstances: true }, 0)).toEqual({
        ok: false,
        error: "forbidden",
        reason: "settings.errors.onlyAdminsNewAzurePlanRules",
      });
    }
    expect(await ruleEntries()).toEqual([]);

    const saved = await setRules(demo.contosoAdmin, { AzureReservedInstances: true }, 0);
    if (!saved.ok) throw new Error(saved.reason);
    expect(saved.data).toMatchObject({
      changed: true,
      version: 1,
      rules: [
        { resource: "AzureReservedInstances", enabled: true, turnedOn: { by: demo.contosoAdmin } },
        { resource: "AzureSavingsPlan", enabled: false, turnedOn: null },
      ],
    });
    expect(await rulesAs(demo.contosoHelpdesk)).toEqual({ ...saved.data, changed: undefined, canChange: false });
    const [entry, ...more] = await ruleEntries();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actorEmail: demo.contosoAdmin, resourceType: "partner_settings", customerId: null });
    expect(JSON.parse(entry.oldValue!)).toEqual({ resource: "AzureReservedInstances", allowOnFirstAzurePlan: false });
    expect(JSON.parse(entry.newValue!)).toEqual({ resource: "AzureReservedInstances", allowOnFirstAzurePlan: true });

    // Another partner's rules are its own.
    expect((await rulesAs(demo.fabrikamAdmin)).rules.every((rule) => !rule.enabled)).toBe(true);
  });

  it("writes one entry per rule a save changes, and none for a save that changes nothing", async () => {
    await setRules(demo.contosoAdmin, { AzureReservedInstances: true, AzureSavingsPlan: true }, 0);
    expect((await ruleEntries()).map((e) => JSON.parse(e.newValue!).resource)).toEqual([
      "AzureReservedInstances",
      "AzureSavingsPlan",
    ]);
    expect(
      await setRules(demo.contosoAdmin, { AzureReservedInstances: true, AzureSavingsPlan: true }, 1),
    ).toMatchObject({ ok: true, data: { changed: false, version: 1 } });
    expect(await setRules(demo.contosoAdmin, { AzureSavingsPlan: true }, 1)).toMatchObject({
      ok: true,
      data: { changed: true, version: 2, rules: [{ enabled: false }, { enabled: true }] },
    });
    const entries = await ruleEntries();
    expect(entries).toHaveLength(3);
    expect(JSON.parse(entries[2].newValue!)).toEqual({
      resource: "AzureReservedInstances",
      allowOnFirstAzurePlan: false,
    });
  });

  it("refuses a save read before another Admin agent's, changing nothing", async () => {
    expect(await setRules(demo.contosoAdmin, { AzureReservedInstances: true }, 0)).toMatchObject({ ok: true });
    expect(await setRules(demo.contosoAdmin, { AzureSavingsPlan: true }, 0)).toEqual({
      ok: false,
      error: "edit_conflict",
      reason: "settings.errors.newAzurePlanRulesChanged",
    });
    expect((await rulesAs(demo.contosoAdmin)).rules.map((rule) => rule.enabled)).toEqual([true, false]);
    expect(await ruleEntries()).toHaveLength(1);
  });

  it("rejects a save without every rule as true or false, or without its version", async () => {
    for (const input of [
      { rules: { AzureReservedInstances: true }, version: 0 },
      { rules: { AzureReservedInstances: "true", AzureSavingsPlan: false }, version: 0 },
      { rules: bothOff },
      { rules: bothOff, version: "" },
    ]) {
      expect(await setNewAzurePlanPermissions(await actorRef(demo.contosoAdmin), input)).toMatchObject({
        ok: false,
        error: "invalid_input",
      });
    }
    expect(
      await setNewAzurePlanPermissions(await actorRef(demo.contosoAdmin), {
        rules: { AzureReservedInstances: 1, AzureSavingsPlan: false },
        version: 0,
      }),
    ).toMatchObject({ fieldErrors: { "rules.AzureReservedInstances": [{ reason: "settings.errors.ruleBoolean" }] } });
  });
});

describe("an Azure plan bought under the rules", () => {
  it("turns the permission on with a customer's first Azure plan: granted by the rule's setter, its entry by the buyer naming the rule", async () => {
    await setRules(demo.contosoAdmin, { AzureReservedInstances: true }, 0);
    const key = crypto.randomUUID();
    const bought = await buyAzurePlan(demo.contosoSales, "Northwind Traders", key);
    if (!bought.ok) throw new Error(bought.reason);
    expect(bought.data.permissionsTurnedOn).toEqual(["AzureReservedInstances"]);
    expect(await grantedResources("Northwind Traders")).toEqual(["AzureReservedInstances"]);

    const [grant] = await getDb()
      .select()
      .from(customerPurchasePermissions)
      .where(eq(customerPurchasePermissions.customerId, await customerId("Northwind Traders")));
    expect(grant.grantedByPartnerUserId).toBe(await partnerUserId(demo.contosoAdmin));

    const entries = await newActivityFor("Northwind Traders");
    expect(entries.map((e) => e.operationType)).toEqual(["create_order", "create_self_serve_policy"]);
    const permissionEntry = entries[1];
    expect(permissionEntry).toMatchObject({ actorEmail: demo.contosoSales, resourceType: "self_serve_policy" });
    expect(permissionEntry.createdAt).toEqual(entries[0].createdAt);
    expect(permissionEntry.oldValue).toBeNull();
    expect(JSON.parse(permissionEntry.newValue!)).toMatchObject({
      selfServeEntity: { tenantID: await customerTenantId("Northwind Traders") },
      permissions: [{ resource: "AzureReservedInstances", action: "Purchase" }],
      rule: { name: "new_azure_plan", setBy: demo.contosoAdmin },
    });
    // The Account page names whoever made it happen, as the entry does.
    expect(
      await readTurnedOn(getDb(), permissionEntry.partnerId, grant.customerId, "AzureReservedInstances"),
    ).toMatchObject({ by: demo.contosoSales });

    // The same confirmation again answers the same purchase, rule and all, and writes nothing more.
    expect(await buyAzurePlan(demo.contosoSales, "Northwind Traders", key)).toEqual(bought);
    expect(await newActivityFor("Northwind Traders")).toHaveLength(2);
  });

  it("turns both on when both rules are on, each with its entry, for a customer with Azure Global but no Azure plan", async () => {
    await setRules(demo.contosoAdmin, { AzureReservedInstances: true, AzureSavingsPlan: true }, 0);
    expect(await buyAzurePlan(demo.contosoAdmin, "Tailspin Toys")).toMatchObject({
      ok: true,
      data: { permissionsTurnedOn: ["AzureReservedInstances", "AzureSavingsPlan"] },
    });
    const entries = (await newActivityFor("Tailspin Toys")).filter((e) => e.resourceType === "self_serve_policy");
    expect(
      entries.map((e) => [e.oldValue && JSON.parse(e.oldValue).permissions.length, JSON.parse(e.newValue!)]),
    ).toEqual([
      [
        null,
        expect.objectContaining({ permissions: [expect.objectContaining({ resource: "AzureReservedInstances" })] }),
      ],
      [
        1,
        expect.objectContaining({
          permissions: [expect.anything(), expect.objectContaining({ resource: "AzureSavingsPlan" })],
        }),
      ],
    ]);
  });

  it("does not fire when the rules are off", async () => {
    expect(await buyAzurePlan(demo.contosoAdmin, "Northwind Traders")).toMatchObject({
      ok: true,
      data: { permissionsTurnedOn: [] },
    });
    expect(await grantedResources("Northwind Traders")).toEqual([]);
    expect((await newActivityFor("Northwind Traders")).map((e) => e.operationType)).toEqual(["create_order"]);
  });

  it("does not fire for a customer that had an Azure plan before, nor with a purchase refused", async () => {
    await setRules(demo.contosoAdmin, { AzureReservedInstances: true }, 0);
    const litwarePlan = await subscriptionOf("Litware, Inc.", "azure_plan");
    await getDb().update(subscriptions).set({ status: "deleted" }).where(eq(subscriptions.id, litwarePlan.id));
    expect(await buyAzurePlan(demo.contosoAdmin, "Litware, Inc.")).toMatchObject({
      ok: true,
      data: { permissionsTurnedOn: [] },
    });
    expect(await grantedResources("Litware, Inc.")).toEqual([]);

    expect(await buyAzurePlan(demo.contosoHelpdesk, "Northwind Traders")).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await grantedResources("Northwind Traders")).toEqual([]);
    expect(await newActivityFor("Northwind Traders")).toEqual([]);
  });

  it("leaves a permission the customer already has as it is", async () => {
    await setRules(demo.contosoAdmin, { AzureReservedInstances: true }, 0);
    const northwind = await customerId("Northwind Traders");
    await getDb()
      .insert(customerPurchasePermissions)
      .values({
        customerId: northwind,
        resource: "AzureReservedInstances",
        grantedByPartnerUserId: await partnerUserId(demo.contosoSales),
        grantedAt: new Date(),
      });
    expect(await buyAzurePlan(demo.contosoAdmin, "Northwind Traders")).toMatchObject({
      ok: true,
      data: { permissionsTurnedOn: [] },
    });
    const grants = await getDb()
      .select()
      .from(customerPurchasePermissions)
      .where(eq(customerPurchasePermissions.customerId, northwind));
    expect(grants).toEqual([
      expect.objectContaining({ grantedByPartnerUserId: await partnerUserId(demo.contosoSales) }),
    ]);
  });
});
