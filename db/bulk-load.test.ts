import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { partnerUsers } from "@/db/schema";
import { loadPartnerActor } from "@/lib/access/actor";
import { listCustomers } from "@/lib/customers/list-customers";
import { bulkLoad } from "./bulk-load";
import { scaleAdminEmail, seedScalePartner } from "./seed-scale";

const schemaOf = () =>
  getDb().$client.prepare("select type, name, tbl_name, sql from sqlite_master order by type, name").all();
const settingsOf = () =>
  ["journal_mode", "synchronous", "foreign_keys", "cache_size"].map((name) =>
    getDb().$client.pragma(name, { simple: true }),
  );

describe("a bulk load (the scale seed)", () => {
  it("puts the indexes and triggers it set aside back as they were, and the connection's settings", () => {
    const [schema, settings] = [schemaOf(), settingsOf()];
    seedScalePartner(getDb(), 60, 300);
    expect(schemaOf()).toEqual(schema);
    expect(settingsOf()).toEqual(settings);
    expect(getDb().$client.pragma("foreign_key_check")).toEqual([]);
    expect(getDb().$client.pragma("integrity_check", { simple: true })).toBe("ok");
  });

  it("leaves the new customers searchable, though their search trigger was set aside", () => {
    seedScalePartner(getDb(), 60, 300);
    const { id } = getDb().select().from(partnerUsers).where(eq(partnerUsers.email, scaleAdminEmail)).get()!;
    const scale = loadPartnerActor(getDb(), id)!;
    const named = getDb().$client.prepare(
      "select count(*) from customers where partner_id = ? and company_name like ?",
    );
    const found = listCustomers(scale, { q: "cedar" });
    expect(found.total).toBe(named.pluck().get(scale.partnerId, "%Cedar%"));
    expect(found.total).toBeGreaterThan(0);
  });

  it("changes nothing when the load fails halfway", () => {
    const [schema, settings] = [schemaOf(), settingsOf()];
    const countCustomers = () => getDb().$client.prepare("select count(*) from customers").pluck().get();
    const before = countCustomers();
    expect(() =>
      bulkLoad(getDb().$client, ["customers"], () => {
        getDb()
          .$client.prepare(
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
    expect(schemaOf()).toEqual(schema);
    expect(settingsOf()).toEqual(settings);
  });
});
