import { and, count, desc, eq, gte, like, lt, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activityEntries, customers } from "@/db/schema";
import { actor, actorRef, customerTenantId, demo, partnerUserId } from "@/testing/fixtures";
import { scaleAdminEmail, seedScalePartner } from "@/db/seed-scale";
import { loadPartnerActor } from "@/lib/access/actor";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { activityWindow, readActivityFilters } from "./activity-filters";
import { recordActivity } from "./record-activity";
import { activityPageSize, exportActivity, listActivity } from "./list-activity";

const lastMonth = () => readActivityFilters({});

async function entriesOf(pending: ReturnType<typeof listActivity>) {
  const result = await pending;
  if (!result.ok) throw new Error(result.reason);
  return result.data.entries;
}

describe("listActivity", () => {
  it("shows the partner's entries newest first, including the seeded Fourth Coffee grant", async () => {
    await setCustomerPurchasePermission(await actorRef(demo.contosoAdmin), {
      customerId: await customerTenantId("Wingtip Toys"),
      resource: "AzureReservedInstances",
      enabled: true,
    });
    const entries = await entriesOf(listActivity(await actor(demo.contosoAdmin), lastMonth()));

    expect(entries[0]).toMatchObject({ customerName: "Wingtip Toys", operationType: "create_self_serve_policy" });
    expect(entries.map((e) => e.customerName)).toContain("Fourth Coffee");
    const times = entries.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("never shows another partner's entries", async () => {
    const entries = await entriesOf(listActivity(await actor(demo.fabrikamAdmin), lastMonth()));
    expect(entries).toEqual([]);
  });

  it("is for Admin agents only", async () => {
    expect(await listActivity(await actor(demo.contosoSales), lastMonth())).toMatchObject({
      ok: false,
      error: "forbidden",
      reason: "activity.errors.onlyAdminsView",
    });
    expect(await exportActivity(await actor(demo.contosoHelpdesk), lastMonth())).toMatchObject({
      ok: false,
      error: "forbidden",
      reason: "activity.errors.onlyAdminsExport",
    });
  });

  it("filters by action, by customer name or Microsoft ID, by partner user and by date", async () => {
    const admin = await actor(demo.contosoAdmin);
    const deletes = await entriesOf(listActivity(admin, readActivityFilters({ action: "delete_self_serve_policy" })));
    expect(deletes.length).toBeGreaterThan(0);
    expect(deletes.every((e) => e.operationType === "delete_self_serve_policy")).toBe(true);

    const byName = await entriesOf(listActivity(admin, readActivityFilters({ customer: "coffee" })));
    expect(byName.length).toBeGreaterThan(0);
    expect(new Set(byName.map((e) => e.customerName))).toEqual(new Set(["Fourth Coffee"]));
    const byId = await entriesOf(
      listActivity(admin, readActivityFilters({ customer: await customerTenantId("Fourth Coffee") })),
    );
    expect(byId.map((e) => e.id)).toEqual(byName.map((e) => e.id));

    expect(await entriesOf(listActivity(admin, readActivityFilters({ user: demo.contosoSales })))).toEqual([]);
    expect(await entriesOf(listActivity(admin, readActivityFilters({ from: "2020-01-01", to: "2020-01-31" })))).toEqual(
      [],
    );
  });

  it("tells the two customer permissions apart: reservations' entries from savings plans'", async () => {
    const turn = async (resource: "AzureReservedInstances" | "AzureSavingsPlan", enabled: boolean) =>
      setCustomerPurchasePermission(await actorRef(demo.contosoAdmin), {
        customerId: await customerTenantId("Wingtip Toys"),
        resource,
        enabled,
      });
    await turn("AzureReservedInstances", true);
    await turn("AzureSavingsPlan", true);
    await turn("AzureReservedInstances", false);
    const about = async (permission: string) =>
      entriesOf(listActivity(await actor(demo.contosoAdmin), readActivityFilters({ permission, customer: "Wingtip" })));
    expect((await about("AzureSavingsPlan")).map((e) => e.operationType)).toEqual(["create_self_serve_policy"]);
    expect((await about("AzureReservedInstances")).map((e) => e.operationType)).toEqual([
      "delete_self_serve_policy",
      "create_self_serve_policy",
    ]);
    expect(readActivityFilters({ permission: "Nope" }).ignored).toEqual(["permission"]);
  });

  it("treats % and _ in the customer filter as plain characters", async () => {
    expect(
      await entriesOf(listActivity(await actor(demo.contosoAdmin), readActivityFilters({ customer: "%" }))),
    ).toEqual([]);
  });

  it("pages with a cursor, without repeating or skipping entries, and exports them all", async () => {
    const admin = await actor(demo.contosoAdmin);
    const db = getDb();
    const { partnerId } = admin;
    const at = new Date();
    for (let i = 0; i < activityPageSize + 10; i++) {
      await db.insert(activityEntries).values({
        partnerId,
        actorEmail: admin.email,
        operationType: "create_self_serve_policy",
        resourceType: "self_serve_policy",
        createdAt: at, // many entries in the same millisecond: the id breaks the tie
      });
    }
    const everything = readActivityFilters({ from: "2000-01-01" });
    const first = await listActivity(admin, everything);
    if (!first.ok || !first.data.nextCursor) throw new Error("expected a second page");
    const second = await listActivity(admin, { ...everything, cursor: first.data.nextCursor });
    if (!second.ok) throw new Error(second.reason);

    const ids = [...first.data.entries, ...second.data.entries].map((e) => e.id);
    const [{ total }] = await db
      .select({ total: count() })
      .from(activityEntries)
      .where(eq(activityEntries.partnerId, partnerId))
      .limit(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(total);
    expect(second.data.nextCursor).toBeNull();

    const exported = await exportActivity(admin, everything);
    if (!exported.ok) throw new Error(exported.reason);
    const exportedIds: number[] = [];
    for await (const entry of exported.data) exportedIds.push(entry.id);
    expect(exportedIds).toEqual(ids);
  });
});

describe("the customer name filter at scale", () => {
  // Few matching customers are read through the customer index, many by walking the entries: the same entries either way.
  it("finds exactly the entries whose customer name contains the text, however many customers share it", async () => {
    await seedScalePartner(500, 5000);
    const scale = (await loadPartnerActor(getDb(), await partnerUserId(scaleAdminEmail)))!;
    for (const text of ["Tidal Maple", "Toys", "o", "no such company"]) {
      const filters = readActivityFilters({ customer: text });
      const page = await listActivity(scale, filters);
      const { start, end } = activityWindow(filters);
      const newestWithName = await getDb()
        .select({ id: activityEntries.id })
        .from(activityEntries)
        .where(
          and(
            eq(activityEntries.partnerId, scale.partnerId),
            // Ignoring ASCII case on both engines, as the filter does (SQLite's like does; PostgreSQL's does not).
            like(sql`lower(${activityEntries.customerName})`, `%${text.toLowerCase()}%`),
            gte(activityEntries.createdAt, start),
            lt(activityEntries.createdAt, end),
          ),
        )
        .orderBy(desc(activityEntries.createdAt), desc(activityEntries.id))
        .limit(activityPageSize);
      const expected = newestWithName.map((entry) => entry.id);
      expect(page.ok && page.data.entries.map((entry) => entry.id), text).toEqual(expected);
      expect(expected.length > 0, text).toBe(text !== "no such company");
    }
  });
});

describe("activity entries", () => {
  it("are append-only: the database refuses updates and deletes", async () => {
    const db = getDb();
    // The trigger's message, on either engine: drizzle wraps the driver's error ("Failed query: …"), so look at the
    // error and its causes.
    const refusal = async (pending: PromiseLike<unknown>) => {
      const error = await pending.then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      const messages: string[] = [];
      for (let e: unknown = error; e instanceof Error; e = e.cause) messages.push(e.message);
      return messages;
    };
    const entries = async () => (await db.select({ n: count() }).from(activityEntries))[0].n;
    const before = await entries();
    expect(before).toBeGreaterThan(0);
    expect(await refusal(db.update(activityEntries).set({ actorEmail: "someone@else.example" }))).toContainEqual(
      expect.stringContaining("activity entries are append-only"),
    );
    expect(await refusal(db.delete(activityEntries))).toContainEqual(
      expect.stringContaining("activity entries are append-only"),
    );
    expect(await entries()).toBe(before);
    expect(
      await db.select().from(activityEntries).where(eq(activityEntries.actorEmail, "someone@else.example")),
    ).toEqual([]);
  });

  it("finds customer names with a literal % or _ in them, and only those", async () => {
    const admin = await actor(demo.contosoAdmin);
    const named = async (companyName: string) => {
      const [customer] = await getDb()
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
        .returning();
      await recordActivity(getDb(), {
        actor: admin,
        customer,
        operationType: "update_subscription",
        resourceType: "subscription",
        oldValue: null,
        newValue: null,
        at: new Date(),
      });
    };
    await named("100% Cotton Co");
    await named("Cotton_Works");
    await named("Cotton Club");
    const names = async (customer: string) =>
      (await entriesOf(listActivity(admin, readActivityFilters({ customer })))).map((e) => e.customerName);
    expect(await names("100%")).toEqual(["100% Cotton Co"]);
    expect(await names("n_W")).toEqual(["Cotton_Works"]);
    expect(await names("%")).toEqual(["100% Cotton Co"]);
    expect(await names("_")).toEqual(["Cotton_Works"]);
  });
});
