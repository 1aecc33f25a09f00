import type Database from "better-sqlite3";
import { hashPassword } from "@/lib/auth/password";
import { bulkLoad } from "./bulk-load";
import { selfServePolicy } from "@/lib/customer-permissions/self-serve-policy";
import { closeDb, databasePath, openDatabase, openedDatabase } from "./client";
import { offers } from "./offers";
import { demoPassword } from "@/lib/auth/demo-password";
import { bulkLoadPostgres, reserveIds } from "./postgres/bulk-load";
import type { PostgresDb } from "./postgres/client";
import { stableGuid } from "./stable-guid";

export const scalePartnerName = "Scale Test Partner";
export const scaleAdminEmail = "admin@scale-partner.example";

const words = [
  "Alpine",
  "Blue",
  "Cedar",
  "Delta",
  "Ember",
  "Falcon",
  "Granite",
  "Harbor",
  "Iris",
  "Juniper",
  "Kestrel",
  "Lumen",
  "Maple",
  "Nimbus",
  "Orchid",
  "Pioneer",
  "Quartz",
  "Redwood",
  "Summit",
  "Tidal",
];
const trades = ["Bikes", "Foods", "Labs", "Logistics", "Media", "Motors", "Outfitters", "Software", "Studios", "Toys"];

/** The scale partner's data, the same on both engines: customer `i`, entry `i`, and the policy entries carry. */
export const scalePartnerTenantId = stableGuid(`partner:${scalePartnerName}`);

export function scaleCustomer(i: number, now: Date) {
  const domain = `scale${i}.onmicrosoft.com`;
  const offerType = i % 3 === 0 ? "azure_plan" : "license_based";
  return {
    companyName: `${words[i % words.length]} ${words[Math.floor(i / words.length) % words.length]} ${trades[i % trades.length]} ${i}`,
    tenantId: stableGuid(`scale-customer:${i}`),
    primaryDomain: domain,
    contactEmail: `pat@${domain}`,
    createdAt: now.getTime() - (i % 1000) * 60_000,
    subscriptionId: stableGuid(`scale-subscription:${i}`),
    offerType,
    offer: offers[offerType],
  } as const;
}

/** Entries spread customers apart: entry `i` is about customer `i × step` modulo their number (the step is prime). */
const entryCustomerStep = 7919;
const entrySpanMs = 90 * 24 * 60 * 60 * 1000;

/** Entry `i` of `activityCount`: its customer's number, whether it grants or takes back, and when (ms). */
export function scaleEntry(i: number, activityCount: number, customerCount: number, now: Date) {
  return {
    customer: (i * entryCustomerStep) % customerCount,
    create: i % 2 === 0,
    // Oldest first, as entries are written: ids rise with time, and the time index is built from sorted rows.
    createdAt: now.getTime() - entrySpanMs + Math.floor(((i + 1) / activityCount) * entrySpanMs),
  };
}

export const scalePolicy = (customerTenantId: string) =>
  JSON.stringify(selfServePolicy(scalePartnerTenantId, customerTenantId, ["AzureReservedInstances"]));

/**
 * Adds a partner with `customerCount` customers and `activityCount` activity entries, for scale checks, as a bulk
 * load on either engine (`bulkLoad`, `bulkLoadPostgres`): the indexes built once at the end. The load needs the
 * database to itself. On SQLite the process's own connection is closed first (the next use opens it again).
 */
export async function seedScalePartner(customerCount: number, activityCount: number, now = new Date()): Promise<void> {
  const passwordHash = hashPassword(demoPassword());
  const open = openedDatabase();
  if (open.engine === "postgres") {
    await loadScalePartnerPostgres(open.db, passwordHash, customerCount, activityCount, now);
    return;
  }
  await closeDb();
  const sqlite = openDatabase(databasePath()).$client;
  try {
    loadScalePartner(sqlite, passwordHash, customerCount, activityCount, now);
  } finally {
    sqlite.close();
  }
}

const alreadyThere = () => new Error(`${scalePartnerName} already exists; run npm run db:reset first.`);

function loadScalePartner(
  sqlite: Database.Database,
  passwordHash: string,
  customerCount: number,
  activityCount: number,
  now: Date,
): void {
  if (sqlite.prepare("select 1 from partners where name = ?").get(scalePartnerName)) throw alreadyThere();
  const insertCustomer = sqlite.prepare(
    `insert into customers (partner_id, tenant_id, company_name, primary_domain, address_line1, city, postal_code,
       country, contact_first_name, contact_last_name, contact_email, created_at)
     values (?, ?, ?, ?, '1 Scale Street', 'Redmond', '98052', 'US', 'Pat', 'Admin', ?, ?)`,
  );
  const insertSubscription = sqlite.prepare(
    `insert into subscriptions (subscription_id, customer_id, offer_type, offer_id, offer_name, friendly_name,
       usage_based, quantity, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?)`,
  );
  const insertEntry = sqlite.prepare(
    `insert into activity_entries (partner_id, customer_id, customer_name, actor_partner_user_id, actor_email,
       operation_type, resource_type, old_value, new_value, status, created_at)
     values (?, ?, ?, ?, ?, ?, 'self_serve_policy', ?, ?, 'succeeded', ?)`,
  );

  bulkLoad(sqlite, ["customers", "subscriptions", "activity_entries"], () => {
    const partnerId = Number(
      sqlite.prepare("insert into partners (tenant_id, name) values (?, ?)").run(scalePartnerTenantId, scalePartnerName)
        .lastInsertRowid,
    );
    const adminId = Number(
      sqlite
        .prepare(
          "insert into partner_users (partner_id, email, display_name, role, password_hash) values (?, ?, 'Scale Admin', 'admin_agent', ?)",
        )
        .run(partnerId, scaleAdminEmail, passwordHash).lastInsertRowid,
    );
    const loaded: { id: number; companyName: string; tenantId: string; policy?: string }[] = [];
    for (let i = 0; i < customerCount; i++) {
      const customer = scaleCustomer(i, now);
      const { companyName, tenantId, offer } = customer;
      const id = Number(
        insertCustomer.run(
          partnerId,
          tenantId,
          companyName,
          customer.primaryDomain,
          customer.contactEmail,
          customer.createdAt,
        ).lastInsertRowid,
      );
      insertSubscription.run(
        customer.subscriptionId,
        id,
        customer.offerType,
        offer.offerId,
        offer.offerName,
        offer.offerName,
        offer.usageBased ? 1 : 0,
        offer.usageBased ? null : 10,
        customer.createdAt,
      );
      loaded.push({ id, companyName, tenantId });
    }
    for (let i = 0; i < activityCount && customerCount > 0; i++) {
      const entry = scaleEntry(i, activityCount, customerCount, now);
      const customer = loaded[entry.customer];
      const policy = (customer.policy ??= scalePolicy(customer.tenantId));
      insertEntry.run(
        partnerId,
        customer.id,
        customer.companyName,
        adminId,
        scaleAdminEmail,
        entry.create ? "create_self_serve_policy" : "delete_self_serve_policy",
        entry.create ? null : policy,
        entry.create ? policy : null,
        entry.createdAt,
      );
    }
  });
}

/** Milliseconds since 1970 (a bigint expression) as a timestamp, exactly. */
const msToTimestamp = (ms: string) => `(timestamptz 'epoch' + (${ms}) * interval '1 millisecond')`;

/** Customers and subscriptions go in this many at a time, each column as one array parameter. */
const customerChunk = 10_000;

/**
 * The same rows on PostgreSQL. Customers and subscriptions are made in JavaScript (the GUIDs are SHA-1 names) and sent
 * as arrays, a chunk per statement; entries are made by the server (`generate_series`) from the same formulas as
 * `scaleEntry`, with a policy written per customer from `scalePolicy`'s text, so a million of them never cross the
 * wire. Ids are reserved from the identity sequences first, so customer `i` has the id it would have on SQLite and
 * entries can name their customer by number.
 */
async function loadScalePartnerPostgres(
  db: PostgresDb,
  passwordHash: string,
  customerCount: number,
  activityCount: number,
  now: Date,
): Promise<void> {
  await bulkLoadPostgres(db.$client, ["customers", "subscriptions", "activity_entries"], async (client) => {
    if ((await client.query("select 1 from partners where name = $1", [scalePartnerName])).rowCount) {
      throw alreadyThere();
    }
    const one = async (sql: string, values: unknown[]) => Number((await client.query(sql, values)).rows[0].id);
    const partnerId = await one("insert into partners (tenant_id, name) values ($1, $2) returning id", [
      scalePartnerTenantId,
      scalePartnerName,
    ]);
    const adminId = await one(
      `insert into partner_users (partner_id, email, display_name, role, password_hash)
       values ($1, $2, 'Scale Admin', 'admin_agent', $3) returning id`,
      [partnerId, scaleAdminEmail, passwordHash],
    );
    const firstCustomer = await reserveIds(client, "customers", customerCount);
    const firstSubscription = await reserveIds(client, "subscriptions", customerCount);
    for (let start = 0; start < customerCount; start += customerChunk) {
      const numbers = Array.from({ length: Math.min(customerChunk, customerCount - start) }, (_, k) => start + k);
      const chunk = numbers.map((i) => scaleCustomer(i, now));
      const column = <T>(pick: (customer: (typeof chunk)[number]) => T) => chunk.map(pick);
      await client.query(
        `insert into customers (id, partner_id, tenant_id, company_name, primary_domain, address_line1, city,
           postal_code, country, contact_first_name, contact_last_name, contact_email, created_at)
         select $1::integer + i, $2, tenant_id, company_name, primary_domain, '1 Scale Street', 'Redmond', '98052',
           'US', 'Pat', 'Admin', contact_email, ${msToTimestamp("created_at")}
         from unnest($3::integer[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[])
           as t(i, tenant_id, company_name, primary_domain, contact_email, created_at)`,
        [
          firstCustomer,
          partnerId,
          numbers,
          column((c) => c.tenantId),
          column((c) => c.companyName),
          column((c) => c.primaryDomain),
          column((c) => c.contactEmail),
          column((c) => c.createdAt),
        ],
      );
      await client.query(
        `insert into subscriptions (id, subscription_id, customer_id, offer_type, offer_id, offer_name, friendly_name,
           usage_based, quantity, status, created_at)
         select $1::integer + i, subscription_id, $2::integer + i, offer_type, offer_id, offer_name, offer_name,
           usage_based, quantity, 'active', ${msToTimestamp("created_at")}
         from unnest($3::integer[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::integer[],
           $10::bigint[]) as t(i, subscription_id, offer_type, offer_id, offer_name, usage_based, quantity, created_at)`,
        [
          firstSubscription,
          firstCustomer,
          numbers,
          column((c) => c.subscriptionId),
          column((c) => c.offerType),
          column((c) => c.offer.offerId),
          column((c) => c.offer.offerName),
          column((c) => c.offer.usageBased),
          column((c) => (c.offer.usageBased ? null : 10)),
          column((c) => c.createdAt),
        ],
      );
    }
    if (activityCount === 0 || customerCount === 0) return;
    const firstEntry = await reserveIds(client, "activity_entries", activityCount);
    // scalePolicy's text with a marker where the customer's tenant id goes (twice): hex GUIDs need no JSON escaping.
    const marker = "<customer-tenant-id>";
    // scaleEntry, in SQL: the same double-precision division and multiplication, so the same milliseconds.
    await client.query(
      `insert into activity_entries (id, partner_id, customer_id, customer_name, actor_partner_user_id, actor_email,
         operation_type, resource_type, old_value, new_value, status, created_at)
       select $1::integer + g, $2, c.id, c.company_name, $3, $4,
         case when g % 2 = 0 then 'create_self_serve_policy' else 'delete_self_serve_policy' end, 'self_serve_policy',
         case when g % 2 = 1 then replace($5, $6, c.tenant_id) end,
         case when g % 2 = 0 then replace($5, $6, c.tenant_id) end,
         'succeeded',
         ${msToTimestamp("$7::bigint + floor((g + 1)::float8 / $8::float8 * $9::float8)::bigint")}
       from generate_series(0, $8::integer - 1) as g
         join customers c on c.id = $10::integer + (g::bigint * $11::bigint) % $12::bigint`,
      [
        firstEntry,
        partnerId,
        adminId,
        scaleAdminEmail,
        scalePolicy(marker),
        marker,
        now.getTime() - entrySpanMs,
        activityCount,
        entrySpanMs,
        firstCustomer,
        entryCustomerStep,
        customerCount,
      ],
    );
  });
}
