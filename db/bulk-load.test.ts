import type Database from "better-sqlite3";
import { asc, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { closeDb, databasePath, engineOf, getDb, openDatabase, openedDatabase } from "@/db/client";
import { activityEntries, customers, partners, subscriptions } from "@/db/schema";
import { listCustomers } from "@/lib/customers/list-customers";
import { actor } from "@/testing/fixtures";
import { bulkLoad } from "./bulk-load";
import { bulkLoadPostgres } from "./postgres/bulk-load";
import {
  scaleAdminEmail,
  scaleCustomer,
  scaleEntry,
  scalePartnerName,
  scalePartnerTenantId,
  scalePolicy,
  seedScalePartner,
} from "./seed-scale";

const onPostgres = engineOf() === "postgres";

let own: Database.Database | undefined;
/** A connection of the test's own to the database file, the process's closed: a bulk load needs the file to itself. */
async function ownConnection(): Promise<Database.Database> {
  await closeDb();
  own = openDatabase(databasePath()).$client;
  return own;
}
afterEach(() => {
  if (own?.open) own.close();
});

const schemaOf = (sqlite: Database.Database) =>
  sqlite.prepare("select type, name, tbl_name, sql from sqlite_master order by type, name").all();
const settingsOf = (sqlite: Database.Database) =>
  ["journal_mode", "synchronous", "foreign_keys", "cache_size"].map((name) => sqlite.pragma(name, { simple: true }));

describe.skipIf(onPostgres)("a bulk load on SQLite (pragmas set, indexes and triggers set aside: SQLite only)", () => {
  it("puts the indexes and triggers it set aside back as they were", async () => {
    const first = await ownConnection();
    const schema = schemaOf(first);
    first.close();
    await seedScalePartner(60, 300);
    const sqlite = await ownConnection();
    expect(schemaOf(sqlite)).toEqual(schema);
    expect(sqlite.pragma("foreign_key_check")).toEqual([]);
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  });

  it("gives the connection its settings back", async () => {
    const sqlite = await ownConnection();
    const settings = settingsOf(sqlite);
    bulkLoad(sqlite, ["customers"], () => {});
    expect(settingsOf(sqlite)).toEqual(settings);
  });

  it("changes nothing, and gives the connection its settings back, when the load fails halfway", async () => {
    const sqlite = await ownConnection();
    const [schema, settings] = [schemaOf(sqlite), settingsOf(sqlite)];
    const countCustomers = () => sqlite.prepare("select count(*) from customers").pluck().get();
    const before = countCustomers();
    expect(() =>
      bulkLoad(sqlite, ["customers"], () => {
        sqlite
          .prepare(
            `insert into customers (partner_id, tenant_id, company_name, primary_domain, address_line1, city,
               postal_code, country, contact_first_name, contact_last_name, contact_email)
             select partner_id, 'c0ffee00-0000-5000-8000-000000000000', 'Halfway Ltd', 'halfway.example', address_line1,
               city, postal_code, country, contact_first_name, contact_last_name, contact_email from customers limit 1`,
          )
          .run();
        throw new Error("the load failed");
      }),
    ).toThrow("the load failed");
    expect(countCustomers()).toBe(before);
    expect(schemaOf(sqlite)).toEqual(schema);
    expect(settingsOf(sqlite)).toEqual(settings);
  });
});

/** The pool of the process's PostgreSQL database. */
function pool() {
  const open = openedDatabase();
  if (open.engine !== "postgres") throw new Error("Not on PostgreSQL.");
  return open.db.$client;
}
const loaded = ["customers", "subscriptions", "activity_entries"];
/**
 * The loaded tables' indexes, constraints and triggers, as PostgreSQL would write them again (leaving out the
 * triggers it makes for foreign keys, named by their oid).
 */
async function postgresSchemaOf(tables: string[]) {
  const { rows } = await pool().query(
    `select 'index' as kind, indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as definition
     from pg_index where indrelid = any($1::regclass[])
     union all
     select 'constraint', conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid)
     from pg_constraint where conrelid = any($1::regclass[])
     union all
     select 'trigger', tgrelid::regclass::text || '.' || tgname, pg_get_triggerdef(oid)
     from pg_trigger where tgrelid = any($1::regclass[]) and not tgisinternal
     order by 1, 2, 3`,
    [tables],
  );
  return rows;
}

describe.skipIf(!onPostgres)("a bulk load on PostgreSQL (indexes and foreign keys set aside: PostgreSQL only)", () => {
  it("puts the indexes and foreign keys it set aside back as they were, and analyzes the tables", async () => {
    const schema = await postgresSchemaOf(loaded);
    expect(schema.filter((row) => row.kind === "index").length).toBeGreaterThan(loaded.length * 2);
    await seedScalePartner(60, 300);
    expect(await postgresSchemaOf(loaded)).toEqual(schema);
    const { rows } = await pool().query(
      "select relname, last_analyze from pg_stat_user_tables where relname = any($1) order by relname",
      [loaded],
    );
    expect(rows.map((row) => [row.relname, row.last_analyze instanceof Date])).toEqual(
      [...loaded].sort().map((table) => [table, true]),
    );
  });

  it("changes nothing when the load fails halfway", async () => {
    const schema = await postgresSchemaOf(loaded);
    const countCustomers = async () => (await pool().query("select count(*)::int as n from customers")).rows[0].n;
    const before = await countCustomers();
    await expect(
      bulkLoadPostgres(pool(), ["customers"], async (client) => {
        await client.query(
          `insert into customers (partner_id, tenant_id, company_name, primary_domain, address_line1, city,
             postal_code, country, contact_first_name, contact_last_name, contact_email)
           select partner_id, 'c0ffee00-0000-5000-8000-000000000000', 'Halfway Ltd', 'halfway.example', address_line1,
             city, postal_code, country, contact_first_name, contact_last_name, contact_email from customers limit 1`,
        );
        throw new Error("the load failed");
      }),
    ).rejects.toThrow("the load failed");
    expect(await countCustomers()).toBe(before);
    expect(await postgresSchemaOf(loaded)).toEqual(schema);
  });
});

describe("the scale seed, on either engine", () => {
  const customerCount = 500;
  const activityCount = 2000;
  const now = new Date("2026-11-20T10:11:12.345Z");
  const expectedCustomers = Array.from({ length: customerCount }, (_, i) => scaleCustomer(i, now));
  /** The customers a search finds: every word typed starts a word of the company name or primary domain. */
  const found = (...typed: string[]) =>
    expectedCustomers.filter((customer) =>
      typed.every((word) =>
        new RegExp(`(^|[^a-z0-9])${word}`, "i").test(`${customer.companyName} ${customer.primaryDomain}`),
      ),
    );
  /** The Customers page's order: company name ignoring case (all ASCII here), then id, which follows `i`. */
  const byName = (list: typeof expectedCustomers) =>
    [...list].sort((a, b) => {
      const [x, y] = [a.companyName.toLowerCase(), b.companyName.toLowerCase()];
      return x < y ? -1 : x > y ? 1 : 0;
    });

  it("leaves the scale partner's customers searchable, with the right counts", async () => {
    await seedScalePartner(customerCount, activityCount, now);
    const scale = await actor(scaleAdminEmail);
    expect(scale).toMatchObject({ partnerName: scalePartnerName, partnerTenantId: scalePartnerTenantId });

    const all = await listCustomers(scale, {});
    expect(all.total).toBe(customerCount);
    expect(all.rows.map((row) => row.tenantId)).toEqual(
      byName(expectedCustomers)
        .slice(0, all.rows.length)
        .map((customer) => customer.tenantId),
    );

    for (const typed of [["cedar"], ["tidal", "maple"], ["scale42"], ["toys", "1"], ["zebra"]]) {
      const expected = byName(found(...typed));
      const result = await listCustomers(scale, { q: typed.join(" ") });
      expect(result.total, typed.join(" ")).toBe(expected.length);
      expect(
        result.rows.map(({ tenantId, hasAzureSubscription }) => ({ tenantId, hasAzureSubscription })),
        typed.join(" "),
      ).toEqual(
        expected
          .slice(0, result.rows.length)
          .map(({ tenantId, offerType }) => ({ tenantId, hasAzureSubscription: offerType === "azure_plan" })),
      );
    }
    expect(found("cedar").length).toBeGreaterThan(25);
    expect(found("scale42").length).toBe(11);
    expect(found("zebra")).toEqual([]);
  });

  it("writes the same rows on both engines: customers, subscriptions and entries in order, from the same formulas", async () => {
    await seedScalePartner(customerCount, activityCount, now);
    const db = getDb();
    const [partner] = await db.select().from(partners).where(eq(partners.name, scalePartnerName));
    const rows = await db
      .select()
      .from(customers)
      .where(eq(customers.partnerId, partner.id))
      .orderBy(asc(customers.id));
    expect(
      rows.map(({ tenantId, companyName, primaryDomain, contactEmail, createdAt }) => ({
        tenantId,
        companyName,
        primaryDomain,
        contactEmail,
        createdAt: createdAt.getTime(),
      })),
    ).toEqual(
      expectedCustomers.map(({ tenantId, companyName, primaryDomain, contactEmail, createdAt }) => ({
        tenantId,
        companyName,
        primaryDomain,
        contactEmail,
        createdAt,
      })),
    );
    const ids = rows.map((row) => row.id);
    expect(ids).toEqual(ids.map((_, i) => ids[0] + i));

    const plans = await db
      .select()
      .from(subscriptions)
      .innerJoin(customers, eq(customers.id, subscriptions.customerId))
      .where(eq(customers.partnerId, partner.id))
      .orderBy(asc(subscriptions.id));
    expect(
      plans.map(({ subscriptions: s, customers: c }) => ({
        tenantId: c.tenantId,
        subscriptionId: s.subscriptionId,
        offerType: s.offerType,
        offerId: s.offerId,
        offerName: s.offerName,
        friendlyName: s.friendlyName,
        usageBased: Boolean(s.usageBased),
        quantity: s.quantity,
        status: s.status,
        createdAt: s.createdAt.getTime(),
      })),
    ).toEqual(
      expectedCustomers.map((c) => ({
        tenantId: c.tenantId,
        subscriptionId: c.subscriptionId,
        offerType: c.offerType,
        offerId: c.offer.offerId,
        offerName: c.offer.offerName,
        friendlyName: c.offer.offerName,
        usageBased: c.offer.usageBased,
        quantity: c.offer.usageBased ? null : 10,
        status: "active",
        createdAt: c.createdAt,
      })),
    );

    const entries = await db
      .select()
      .from(activityEntries)
      .innerJoin(customers, eq(customers.id, activityEntries.customerId))
      .where(eq(activityEntries.partnerId, partner.id))
      .orderBy(asc(activityEntries.id));
    expect(
      entries.map(({ activity_entries: e, customers: c }) => ({
        tenantId: c.tenantId,
        customerName: e.customerName,
        actorEmail: e.actorEmail,
        operationType: e.operationType,
        resourceType: e.resourceType,
        oldValue: e.oldValue,
        newValue: e.newValue,
        status: e.status,
        createdAt: e.createdAt.getTime(),
      })),
    ).toEqual(
      Array.from({ length: activityCount }, (_, i) => {
        const entry = scaleEntry(i, activityCount, customerCount, now);
        const customer = expectedCustomers[entry.customer];
        const policy = scalePolicy(customer.tenantId);
        return {
          tenantId: customer.tenantId,
          customerName: customer.companyName,
          actorEmail: scaleAdminEmail,
          operationType: entry.create ? "create_self_serve_policy" : "delete_self_serve_policy",
          resourceType: "self_serve_policy",
          oldValue: entry.create ? null : policy,
          newValue: entry.create ? policy : null,
          status: "succeeded",
          createdAt: entry.createdAt,
        };
      }),
    );
  });

  it("refuses to add the scale partner twice", async () => {
    await seedScalePartner(10, 20);
    await expect(seedScalePartner(10, 20)).rejects.toThrow(`${scalePartnerName} already exists`);
  });
});
