import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { partnerUsers } from "@/db/schema";
import { scaleAdminEmail, seedScalePartner } from "@/db/seed-scale";
import { actor, customerTenantId, demo } from "@/testing/fixtures";
import { loadPartnerActor } from "@/lib/access/actor";
import { listAuditRecords } from "./audit-records";
import {
  getCustomerResource,
  listCustomerResources,
  listOrderResources,
  listReservationResources,
  listSubscriptionResources,
} from "./customers-api";

const contoso = () => actor(demo.contosoAdmin);
const filter = (Field: string, Value: string, Operator = "equals") => JSON.stringify({ Field, Value, Operator });

describe("the customers API", () => {
  it("pages the partner's customers by name with continuation tokens, none seen twice", async () => {
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await listCustomerResources(await contoso(), { size: 7, continuationToken: token });
      if (!page.ok) throw new Error(page.reason);
      seen.push(...page.data.items.map((c) => c.companyProfile.companyName));
      token = page.data.next ?? undefined;
    } while (token);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain("Wingtip Toys");
    expect(seen).not.toContain("Proseware, Inc.");
    expect(seen).toEqual([...seen].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
  });

  it("pages a search with continuation tokens as it pages the whole list", async () => {
    const names = async (search?: string) => {
      const seen: string[] = [];
      let token: string | undefined;
      do {
        const page = await listCustomerResources(await contoso(), { search, size: 7, continuationToken: token });
        if (!page.ok) throw new Error(page.reason);
        seen.push(...page.data.items.map((c) => c.companyProfile.companyName));
        token = page.data.next ?? undefined;
      } while (token);
      return seen;
    };
    // Every demo domain is a subdomain of onmicrosoft.com.
    expect(await names("onmicrosoft")).toEqual(await names());
  });

  it("searches as the Customers page does, and refuses bad input with field errors", async () => {
    const found = await listCustomerResources(await contoso(), { search: "wing toys" });
    expect(found.ok && found.data.items.map((c) => c.companyProfile.companyName)).toEqual(["Wingtip Toys"]);
    expect(await listCustomerResources(await contoso(), { search: "&&&" })).toMatchObject({
      error: "invalid_input",
      fieldErrors: { search: [{ reason: "developers.errors.searchField" }] },
    });
    expect(await listCustomerResources(await contoso(), { size: "501" })).toMatchObject({
      fieldErrors: { size: [{ reason: "developers.errors.size" }] },
    });
    expect(await listCustomerResources(await contoso(), { continuationToken: "bm9wZQ" })).toMatchObject({
      fieldErrors: { continuationToken: expect.any(Array) },
    });
  });

  it("answers another partner's customer, and everything under it, as not found", async () => {
    const proseware = await customerTenantId("Proseware, Inc.");
    for (const read of [getCustomerResource, listSubscriptionResources, listOrderResources, listReservationResources]) {
      expect(await read(await contoso(), proseware)).toMatchObject({ ok: false, error: "not_found" });
    }
  });

  it("shows Fourth Coffee's subscriptions, orders with their lines, and reservations in every state", async () => {
    const id = await customerTenantId("Fourth Coffee");
    const subscriptions = await listSubscriptionResources(await contoso(), id);
    expect(subscriptions.ok && subscriptions.data.some((s) => s.offerId === "DZH318Z0BPS6")).toBe(true);
    const orders = await listOrderResources(await contoso(), id);
    if (!orders.ok) throw new Error(orders.reason);
    for (const order of orders.data) {
      const sum = order.lineItems.reduce((total, line) => total + (line.unitPriceMinor ?? 0) * line.quantity, 0);
      expect(sum, order.id).toBe(order.total.amountMinor);
    }
    const reservations = await listReservationResources(await contoso(), id);
    expect(reservations.ok && reservations.data.length).toBeGreaterThan(0);
  });
});

describe("the audit records API, over a large partner", () => {
  const now = new Date();
  let scale: Awaited<ReturnType<typeof loadPartnerActor>>;
  beforeEach(async () => {
    await seedScalePartner(500, 5000, now);
    const [{ id }] = await getDb()
      .select({ id: partnerUsers.id })
      .from(partnerUsers)
      .where(eq(partnerUsers.email, scaleAdminEmail))
      .limit(1);
    scale = await loadPartnerActor(getDb(), id);
  });

  it("continues by token through the last 30 days, newest first, and only the partner's own", async () => {
    const ids: string[] = [];
    let token: string | undefined;
    let previous = Infinity;
    do {
      const page = await listAuditRecords(scale!, { size: 500, continuationToken: token }, now);
      if (!page.ok) throw new Error(page.reason);
      for (const record of page.data.items) {
        const at = Date.parse(record.operationDate);
        expect(at).toBeLessThanOrEqual(previous);
        previous = at;
        expect(record.partnerId).toBe(scale!.partnerTenantId);
      }
      ids.push(...page.data.items.map((r) => r.id));
      token = page.data.next ?? undefined;
    } while (token);
    expect(new Set(ids).size).toBe(ids.length);
    // 5,000 entries spread evenly over 90 days: a third of them fall in the last 30.
    expect(Math.abs(ids.length - 5000 / 3)).toBeLessThan(60);
  });

  it("filters by company name, customer id, resource type and operation type", async () => {
    const all = { startDate: new Date(now.getTime() - 100 * 86_400_000).toISOString() };
    const byName = await listAuditRecords(
      scale!,
      { ...all, size: 500, filter: filter("CompanyName", "Tidal", "substring") },
      now,
    );
    expect(byName.ok && byName.data.items.every((r) => r.customerName!.includes("Tidal"))).toBe(true);
    expect(byName.ok && byName.data.items.length).toBeGreaterThan(0);
    const someone = byName.ok ? byName.data.items[0].customerId! : "";
    const byId = await listAuditRecords(scale!, { ...all, filter: filter("CustomerId", someone) }, now);
    expect(byId.ok && byId.data.items.every((r) => r.customerId === someone)).toBe(true);
    const deletes = await listAuditRecords(
      scale!,
      { ...all, filter: filter("OperationType", "delete_self_serve_policy") },
      now,
    );
    expect(deletes.ok && deletes.data.items.every((r) => r.operationType === "delete_self_serve_policy")).toBe(true);
    const orders = await listAuditRecords(scale!, { ...all, filter: filter("ResourceType", "order") }, now);
    expect(orders.ok && orders.data.items).toEqual([]);
  });

  it("refuses bad filters, dates and tokens with field errors, and other roles", async () => {
    expect(await listAuditRecords(scale!, { filter: "{nope" }, now)).toMatchObject({
      fieldErrors: { filter: [{ reason: "developers.errors.filterJson" }] },
    });
    expect(await listAuditRecords(scale!, { filter: filter("Colour", "x") }, now)).toMatchObject({
      error: "invalid_input",
    });
    expect(await listAuditRecords(scale!, { startDate: "2026-13-01" }, now)).toMatchObject({ error: "invalid_input" });
    expect(await listAuditRecords(scale!, { startDate: "2026-11-02", endDate: "2026-11-01" }, now)).toMatchObject({
      reason: "developers.errors.startBeforeEnd",
      fieldErrors: { startDate: [{ reason: "developers.errors.startBeforeEndField" }] },
    });
    expect(await listAuditRecords(scale!, { continuationToken: "x" }, now)).toMatchObject({ error: "invalid_input" });
    expect(await listAuditRecords(await actor(demo.contosoSales), {}, now)).toMatchObject({ error: "forbidden" });
  });
});
