import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activityEntries, customers } from "@/db/schema";
import { actor, actorRef, customerTenantId, demo, partnerUserId } from "@/db/testing/fixtures";
import { scaleAdminEmail, seedScalePartner } from "@/db/seed-scale";
import { loadPartnerActor } from "@/lib/access/actor";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { activityWindow, readActivityFilters } from "./activity-filters";
import { recordActivity } from "./record-activity";
import { activityPageSize, exportActivity, listActivity } from "./list-activity";

const lastMonth = () => readActivityFilters({});

function entriesOf(result: ReturnType<typeof listActivity>) {
  if (!result.ok) throw new Error(result.reason);
  return result.data.entries;
}

describe("listActivity", () => {
  it("shows the partner's entries newest first, including the seeded Fourth Coffee grant", () => {
    setCustomerPurchasePermission(actorRef(demo.contosoAdmin), {
      customerId: customerTenantId("Wingtip Toys"),
      resource: "AzureReservedInstances",
      enabled: true,
    });
    const entries = entriesOf(listActivity(actor(demo.contosoAdmin), lastMonth()));

    expect(entries[0]).toMatchObject({ customerName: "Wingtip Toys", operationType: "create_self_serve_policy" });
    expect(entries.map((e) => e.customerName)).toContain("Fourth Coffee");
    const times = entries.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("never shows another partner's entries", () => {
    const entries = entriesOf(listActivity(actor(demo.fabrikamAdmin), lastMonth()));
    expect(entries).toEqual([]);
  });

  it("is for Admin agents only", () => {
    expect(listActivity(actor(demo.contosoSales), lastMonth())).toMatchObject({
      ok: false,
      error: "forbidden",
      reason: "activity.errors.onlyAdminsView",
    });
    expect(exportActivity(actor(demo.contosoHelpdesk), lastMonth())).toMatchObject({
      ok: false,
      error: "forbidden",
      reason: "activity.errors.onlyAdminsExport",
    });
  });

  it("filters by action, by customer name or Microsoft ID, by partner user and by date", () => {
    const admin = actor(demo.contosoAdmin);
    const deletes = entriesOf(listActivity(admin, readActivityFilters({ action: "delete_self_serve_policy" })));
    expect(deletes.length).toBeGreaterThan(0);
    expect(deletes.every((e) => e.operationType === "delete_self_serve_policy")).toBe(true);

    const byName = entriesOf(listActivity(admin, readActivityFilters({ customer: "coffee" })));
    expect(byName.length).toBeGreaterThan(0);
    expect(new Set(byName.map((e) => e.customerName))).toEqual(new Set(["Fourth Coffee"]));
    const byId = entriesOf(listActivity(admin, readActivityFilters({ customer: customerTenantId("Fourth Coffee") })));
    expect(byId.map((e) => e.id)).toEqual(byName.map((e) => e.id));

    expect(entriesOf(listActivity(admin, readActivityFilters({ user: demo.contosoSales })))).toEqual([]);
    expect(entriesOf(listActivity(admin, readActivityFilters({ from: "2020-01-01", to: "2020-01-31" })))).toEqual([]);
  });

  it("tells the two customer permissions apart: reservations' entries from savings plans'", () => {
    const turn = (resource: "AzureReservedInstances" | "AzureSavingsPlan", enabled: boolean) =>
      setCustomerPurchasePermission(actorRef(demo.contosoAdmin), {
        customerId: customerTenantId("Wingtip Toys"),
        resource,
        enabled,
      });
    turn("AzureReservedInstances", true);
    turn("AzureSavingsPlan", true);
    turn("AzureReservedInstances", false);
    const about = (permission: string) =>
      entriesOf(listActivity(actor(demo.contosoAdmin), readActivityFilters({ permission, customer: "Wingtip" })));
    expect(about("AzureSavingsPlan").map((e) => e.operationType)).toEqual(["create_self_serve_policy"]);
    expect(about("AzureReservedInstances").map((e) => e.operationType)).toEqual([
      "delete_self_serve_policy",
      "create_self_serve_policy",
    ]);
    expect(readActivityFilters({ permission: "Nope" }).ignored).toEqual(["permission"]);
  });

  it("treats % and _ in the customer filter as plain characters", () => {
    expect(entriesOf(listActivity(actor(demo.contosoAdmin), readActivityFilters({ customer: "%" })))).toEqual([]);
  });

  it("pages with a cursor, without repeating or skipping entries, and exports them all", () => {
    const admin = actor(demo.contosoAdmin);
    const db = getDb();
    const { partnerId } = admin;
    const at = new Date();
    for (let i = 0; i < activityPageSize + 10; i++) {
      db.insert(activityEntries)
        .values({
          partnerId,
          actorEmail: admin.email,
          operationType: "create_self_serve_policy",
          resourceType: "self_serve_policy",
          createdAt: at, // many entries in the same millisecond: the id breaks the tie
        })
        .run();
    }
    const everything = readActivityFilters({ from: "2000-01-01" });
    const first = listActivity(admin, everything);
    if (!first.ok || !first.data.nextCursor) throw new Error("expected a second page");
    const second = listActivity(admin, { ...everything, cursor: first.data.nextCursor });
    if (!second.ok) throw new Error(second.reason);

    const ids = [...first.data.entries, ...second.data.entries].map((e) => e.id);
    const { total } = db
      .select({ total: count() })
      .from(activityEntries)
      .where(eq(activityEntries.partnerId, partnerId))
      .get()!;
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(total);
    expect(second.data.nextCursor).toBeNull();

    const exported = exportActivity(admin, everything);
    if (!exported.ok) throw new Error(exported.reason);
    expect([...exported.data].map((e) => e.id)).toEqual(ids);
  });
});

describe("the customer name filter at scale", () => {
  // Few matching customers are read through the customer index, many by walking the entries: the same entries either way.
  it("finds exactly the entries whose customer name contains the text, however many customers share it", () => {
    seedScalePartner(getDb(), 500, 5000);
    const scale = loadPartnerActor(getDb(), partnerUserId(scaleAdminEmail))!;
    const newestWithName = getDb().$client.prepare(
      `select id from activity_entries where partner_id = ? and customer_name like ? and created_at >= ?
         and created_at < ? order by created_at desc, id desc limit ?`,
    );
    for (const text of ["Tidal Maple", "Toys", "o", "no such company"]) {
      const filters = readActivityFilters({ customer: text });
      const page = listActivity(scale, filters);
      const { start, end } = activityWindow(filters);
      const expected = newestWithName
        .pluck()
        .all(scale.partnerId, `%${text}%`, start.getTime(), end.getTime(), activityPageSize);
      expect(page.ok && page.data.entries.map((entry) => entry.id), text).toEqual(expected);
      expect(expected.length > 0, text).toBe(text !== "no such company");
    }
  });
});

describe("activity entries", () => {
  it("are append-only: the database refuses updates and deletes", () => {
    const db = getDb();
    expect(() => db.update(activityEntries).set({ actorEmail: "someone@else.example" }).run()).toThrow(/append-only/);
    expect(() => db.delete(activityEntries).run()).toThrow(/append-only/);
  });

  it("finds customer names with a literal % or _ in them, and only those", () => {
    const admin = actor(demo.contosoAdmin);
    const named = (companyName: string) => {
      const customer = getDb()
        .insert(customers)
        .values({
          partnerId: admin.partnerId,
          tenantId: crypto.randomUUID(),
          companyName,
          primaryDomain: `${crypto.randomUUID()}.onmicrosoft.com`,
          addressLine1: "1 Main St",
          city: "Redmond",
          postalCode: "98052",
          country: "US",
          contactFirstName: "Pat",
          contactLastName: "Lee",
          contactEmail: "pat@example.com",
        })
        .returning()
        .get();
      recordActivity(getDb(), {
        actor: admin,
        customer,
        operationType: "update_subscription",
        resourceType: "subscription",
        oldValue: null,
        newValue: null,
        at: new Date(),
      });
    };
    named("100% Cotton Co");
    named("Cotton_Works");
    named("Cotton Club");
    const names = (customer: string) =>
      entriesOf(listActivity(admin, readActivityFilters({ customer }))).map((e) => e.customerName);
    expect(names("100%")).toEqual(["100% Cotton Co"]);
    expect(names("n_W")).toEqual(["Cotton_Works"]);
    expect(names("%")).toEqual(["100% Cotton Co"]);
    expect(names("_")).toEqual(["Cotton_Works"]);
  });
});
