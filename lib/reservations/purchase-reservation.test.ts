import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { notifications, orderLines, orders, reservationPriceLists, reservations, subscriptions } from "@/db/schema";
import {
  actorRef,
  customerActorRef,
  customerTenantId,
  demo,
  newActivityFor,
  runConcurrently,
  subscriptionOf,
} from "@/db/testing/fixtures";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { describeFailure, inEnglish } from "@/lib/i18n/describe";
import { setPurchaseAlerts } from "@/lib/notifications/set-purchase-alerts";
import { setReservationPrices } from "@/lib/pricing/set-reservation-prices";
import { purchaseReservation, quoteReservation } from "./purchase-reservation";

const alex = "alex@wingtiptoys.onmicrosoft.com"; // Owner of Wingtip's Azure plan
const megan = "megan@wingtiptoys.onmicrosoft.com"; // Reader only

function allowWingtip(enabled = true) {
  setCustomerPurchasePermission(actorRef(demo.contosoAdmin), {
    customerId: customerTenantId("Wingtip Toys"),
    resource: "AzureReservedInstances",
    enabled,
  });
}

const d2s = (companyName = "Wingtip Toys", overrides: object = {}) => ({
  catalogItemId: "DZH318Z0BQ4P:0001",
  region: "westus2",
  term: "P1Y",
  billingPlan: "upfront",
  quantity: 2,
  billingSubscriptionId: subscriptionOf(companyName, "azure_plan").subscriptionId,
  scope: "shared",
  // Each call is a purchase of its own, as each Review in the app is.
  idempotencyKey: crypto.randomUUID(),
  ...overrides,
});

describe("purchaseReservation by a customer user", () => {
  it("buys at the partner's price: order (self-service), reservation and activity entry naming the customer user", () => {
    allowWingtip();
    const result = purchaseReservation(customerActorRef(alex), d2s());
    if (!result.ok) throw new Error(result.reason);

    // Contoso sells at list price + 5%: 52,400 → 55,020 cents a VM for a year.
    expect(result.data).toMatchObject({ totalMinor: 110_040, monthly: null, currency: "USD" });
    const db = getDb();
    const order = db.select().from(orders).where(eq(orders.orderId, result.data.orderId)).get()!;
    expect(order).toMatchObject({
      channel: "customer_self_service",
      placedByEmail: alex,
      placedByPartnerUserId: null,
      totalMinor: 110_040,
    });
    expect(db.select().from(orderLines).where(eq(orderLines.orderId, order.id)).get()).toMatchObject({
      unitPriceMinor: 55_020,
      quantity: 2,
      termDuration: "P1Y",
      billingCycle: "one_time",
    });
    const reservation = db
      .select()
      .from(reservations)
      .where(eq(reservations.reservationId, result.data.reservationId))
      .get()!;
    expect(reservation).toMatchObject({ scope: "shared", region: "westus2", quantity: 2, status: "active" });
    expect(reservation.expiresAt.getTime() - reservation.createdAt.getTime()).toBeGreaterThanOrEqual(
      365 * 24 * 3600 * 1000,
    );

    const purchase = newActivityFor("Wingtip Toys").find((e) => e.operationType === "create_order")!;
    expect(purchase).toMatchObject({
      actorEmail: alex,
      actorPartnerUserId: null,
      actorCustomerUserId: expect.any(Number),
    });
    expect(JSON.parse(purchase.newValue!)).toMatchObject({
      channel: "customer_self_service",
      reservationId: result.data.reservationId,
    });
  });

  it("keeps the price it was bought at when the partner later changes prices", () => {
    allowWingtip();
    const result = purchaseReservation(customerActorRef(alex), d2s());
    if (!result.ok) throw new Error(result.reason);
    setReservationPrices(actorRef(demo.contosoAdmin), { version: 0, defaultAdjustmentPercent: 20, overrides: {} });

    expect(getDb().select().from(orders).where(eq(orders.orderId, result.data.orderId)).get()?.totalMinor).toBe(
      110_040,
    );
    const requote = quoteReservation(customerActorRef(alex), d2s());
    expect(requote).toMatchObject({ ok: true, data: { totalMinor: 125_760 } });
  });

  it("stops for a new review when the price changed after the buyer reviewed it", () => {
    allowWingtip();
    const reviewed = quoteReservation(customerActorRef(alex), d2s());
    if (!reviewed.ok) throw new Error(reviewed.reason);
    setReservationPrices(actorRef(demo.contosoAdmin), { version: 0, defaultAdjustmentPercent: 20, overrides: {} });

    const stale = purchaseReservation(customerActorRef(alex), {
      ...d2s(),
      expectedTotalMinor: reviewed.data.totalMinor,
    });
    expect(stale).toEqual({
      ok: false,
      error: "conflict",
      reason: "reservations.errors.priceChanged",
      values: { total: { amountMinor: 125_760, currency: "USD" } },
    });
    expect(!stale.ok && describeFailure(stale, inEnglish).message).toBe(
      "The price has changed since your review: the total is now $1,257.60. Review the purchase again.",
    );
    expect(newActivityFor("Wingtip Toys").filter((e) => e.operationType === "create_order")).toEqual([]);
    expect(purchaseReservation(customerActorRef(alex), { ...d2s(), expectedTotalMinor: 125_760 })).toMatchObject({
      ok: true,
    });
  });

  it("bills monthly: the total is twelve equal payments", () => {
    allowWingtip();
    const result = purchaseReservation(
      customerActorRef(alex),
      d2s("Wingtip Toys", { billingPlan: "monthly", quantity: 1 }),
    );
    expect(result).toMatchObject({
      ok: true,
      data: { monthly: { months: 12, regularMinor: 4_585, monthsWithExtraCent: 0 }, totalMinor: 4_585 * 12 },
    });
  });

  it("bills monthly at the price list's total: the cents are spread, the order says the same total", () => {
    allowWingtip();
    // B2ms: 426.00 a year at list price, 447.30 with Contoso's 5%; billed monthly it is still 447.30.
    const input = d2s("Wingtip Toys", { catalogItemId: "DZH318Z0BQ3Q:0001", billingPlan: "monthly", quantity: 1 });
    const upfront = quoteReservation(customerActorRef(alex), { ...input, billingPlan: "upfront" });
    const result = purchaseReservation(customerActorRef(alex), input);
    if (!result.ok || !upfront.ok) throw new Error("refused");
    expect(upfront.data.totalMinor).toBe(44_730);
    expect(result.data).toMatchObject({
      totalMinor: 44_730,
      monthly: { months: 12, regularMinor: 3_727, monthsWithExtraCent: 6 },
    });
    const order = getDb().select().from(orders).where(eq(orders.orderId, result.data.orderId)).get()!;
    expect(order.totalMinor).toBe(44_730);
    expect(getDb().select().from(orderLines).where(eq(orderLines.orderId, order.id)).get()).toMatchObject({
      unitPriceMinor: 44_730,
      billingCycle: "monthly",
    });
  });

  it("is refused while the partner has not turned the permission on, and again once it is turned off", () => {
    const reservationsBefore = getDb().select().from(reservations).all().length;
    const refused = purchaseReservation(customerActorRef(alex), d2s());
    expect(refused).toEqual({
      ok: false,
      error: "forbidden",
      reason: "reservations.errors.permissionOff",
      values: { partner: "Contoso CSP", customer: "Wingtip Toys" },
    });
    expect(!refused.ok && describeFailure(refused, inEnglish).message).toBe(
      "Your partner, Contoso CSP, hasn't allowed Wingtip Toys to purchase Azure reservations. Ask them to turn on the permission.",
    );
    allowWingtip(true);
    allowWingtip(false);
    expect(purchaseReservation(customerActorRef(alex), d2s())).toMatchObject({ ok: false, error: "forbidden" });
    expect(getDb().select().from(reservations).all()).toHaveLength(reservationsBefore);
    expect(newActivityFor("Wingtip Toys").filter((e) => e.operationType === "create_order")).toEqual([]);
  });

  it("is refused to a user who is not an Owner of the billing subscription, as the Azure portal does", () => {
    allowWingtip();
    const result = purchaseReservation(customerActorRef(megan), d2s());
    expect(result).toMatchObject({ ok: false, error: "forbidden", reason: "reservations.errors.ownerRequired" });
    expect(!result.ok && describeFailure(result, inEnglish).message).toMatch(
      /^You need the Owner role on the subscription .+ \([0-9a-f-]{36}\) to buy reservations\. Ask an Owner of the subscription, or your partner, Contoso CSP, to assign it to you\.$/,
    );
  });

  it("is refused when the billing subscription is no longer active", () => {
    getDb()
      .update(subscriptions)
      .set({ status: "suspended" })
      .where(eq(subscriptions.subscriptionId, subscriptionOf("Fourth Coffee", "azure_plan").subscriptionId))
      .run();
    const result = purchaseReservation(customerActorRef("lynne@fourthcoffee.onmicrosoft.com"), d2s("Fourth Coffee"));
    expect(result).toMatchObject({
      ok: false,
      error: "prerequisite_missing",
      reason: "reservations.errors.billingSubscriptionNotQualified",
    });
    expect(!result.ok && describeFailure(result, inEnglish).message).toContain("is not an active Azure plan");
  });

  it("answers not found for another customer's subscription or customer id, of this partner or another", () => {
    allowWingtip();
    for (const companyName of ["Tailspin Toys", "Fourth Coffee", "Proseware, Inc."]) {
      const offer = companyName === "Tailspin Toys" ? "azure_global" : "azure_plan";
      const input = { ...d2s(), billingSubscriptionId: subscriptionOf(companyName, offer).subscriptionId };
      expect(purchaseReservation(customerActorRef(alex), input)).toMatchObject({ ok: false, error: "not_found" });
    }
    expect(
      purchaseReservation(customerActorRef(alex), { ...d2s(), customerId: customerTenantId("Fourth Coffee") }),
    ).toMatchObject({ ok: false, error: "not_found", reason: "errors.customer_not_found" });
  });

  it.each([
    ["an unknown product", { catalogItemId: "DZH318Z0BQZZ:0001" }, "catalogItemId"],
    ["a region the product isn't offered in", { catalogItemId: "DZH318Z0BQ8M:0001", region: "uksouth" }, "region"],
    ["a quantity of zero", { quantity: 0 }, "quantity"],
    ["a quantity above the limit", { quantity: 5000 }, "quantity"],
    ["a term not offered", { catalogItemId: "DZH318Z0BQ9C:0002", term: "P3Y" }, "term"],
    ["a resource-group scope without a name", { scope: "resource_group" }, "resourceGroup"],
  ])("rejects %s, writing nothing", (_name, overrides, field) => {
    allowWingtip();
    const before = getDb().select().from(orders).all().length;
    const result = purchaseReservation(customerActorRef(alex), d2s("Wingtip Toys", overrides));
    expect(result).toMatchObject({ ok: false, error: "invalid_input" });
    expect(!result.ok && result.fieldErrors).toHaveProperty(field);
    expect(getDb().select().from(orders).all()).toHaveLength(before);
  });

  it("lets five simultaneous purchases from separate processes all succeed, each with its own order", async () => {
    allowWingtip();
    const results = await runConcurrently("purchaseReservation", customerActorRef(alex), () => d2s(), 5);
    expect(results.every((r) => r.ok)).toBe(true);
    const purchases = newActivityFor("Wingtip Toys").filter((e) => e.operationType === "create_order");
    expect(purchases).toHaveLength(5);
    expect(new Set(purchases.map((e) => JSON.parse(e.newValue!).id)).size).toBe(5);
  }, 30_000);
});

describe("purchaseReservation sent more than once (double click, retry, second tab)", () => {
  const reservationCount = () => getDb().select().from(reservations).all().length;
  const orderCount = () => getDb().select().from(orders).all().length;

  it("buys once per idempotency key and answers the same order every time", () => {
    allowWingtip();
    const input = d2s();
    const first = purchaseReservation(customerActorRef(alex), input);
    if (!first.ok) throw new Error(first.reason);
    const [reservationsAfter, ordersAfter] = [reservationCount(), orderCount()];

    const again = purchaseReservation(customerActorRef(alex), input);
    expect(again).toEqual(first);
    expect([reservationCount(), orderCount()]).toEqual([reservationsAfter, ordersAfter]);
    expect(newActivityFor("Wingtip Toys").filter((e) => e.operationType === "create_order")).toHaveLength(1);
  });

  it("answers the first result later, even after the permission was turned off or the price changed", () => {
    allowWingtip();
    const input = d2s();
    const first = purchaseReservation(customerActorRef(alex), input);
    allowWingtip(false);
    getDb().update(reservationPriceLists).set({ defaultAdjustmentBasisPoints: 2_000 }).run();
    expect(quoteReservation(customerActorRef(alex), input)).toMatchObject({ ok: false, error: "forbidden" });
    expect(purchaseReservation(customerActorRef(alex), input)).toEqual(first);
  });

  it("buys again with a new key: two identical reservations on purpose are two purchases", () => {
    allowWingtip();
    const before = reservationCount();
    const first = purchaseReservation(customerActorRef(alex), d2s());
    const second = purchaseReservation(customerActorRef(alex), d2s());
    if (!first.ok || !second.ok) throw new Error("refused");
    expect(second.data.orderId).not.toBe(first.data.orderId);
    expect(reservationCount()).toBe(before + 2);
  });

  it("refuses the same key with a different request, writing nothing", () => {
    allowWingtip();
    const input = d2s();
    purchaseReservation(customerActorRef(alex), input);
    const before = orderCount();
    expect(purchaseReservation(customerActorRef(alex), { ...input, quantity: 3 })).toMatchObject({
      ok: false,
      error: "idempotency_key_reused",
    });
    expect(orderCount()).toBe(before);
  });

  it("does not spend the key on a refusal: the same key works once the refusal is fixed", () => {
    const input = d2s();
    expect(purchaseReservation(customerActorRef(alex), input)).toMatchObject({ ok: false, error: "forbidden" });
    allowWingtip();
    expect(purchaseReservation(customerActorRef(alex), input)).toMatchObject({ ok: true });
  });

  it("keeps one person's key to that person: another buyer's same key is a purchase of their own", () => {
    allowWingtip();
    const input = d2s();
    const alexs = purchaseReservation(customerActorRef(alex), input);
    const admins = purchaseReservation(actorRef(demo.contosoAdmin), {
      ...input,
      customerId: customerTenantId("Wingtip Toys"),
    });
    if (!alexs.ok || !admins.ok) throw new Error("refused");
    expect(admins.data.orderId).not.toBe(alexs.data.orderId);
  });

  it("requires a key", () => {
    allowWingtip();
    const { idempotencyKey: _left, ...input } = d2s();
    expect(purchaseReservation(customerActorRef(alex), input)).toMatchObject({
      ok: false,
      error: "invalid_input",
      fieldErrors: { idempotencyKey: expect.any(Array) },
    });
  });

  it("is held by a unique index: a second row for the same requester and key cannot be written", () => {
    allowWingtip();
    const input = d2s();
    purchaseReservation(customerActorRef(alex), input);
    const sqlite = getDb().$client;
    const row = sqlite.prepare("select * from idempotency_keys where key = ?").get(input.idempotencyKey) as {
      requester: string;
      order_id: number;
    };
    expect(() =>
      sqlite
        .prepare(
          "insert into idempotency_keys (requester, key, operation, request_hash, order_id) values (?, ?, 'purchase_reservation', 'x', ?)",
        )
        .run(row.requester, input.idempotencyKey, row.order_id),
    ).toThrow(/UNIQUE constraint failed/);
  });

  it("buys once when the same request arrives from five processes at the same moment", async () => {
    allowWingtip();
    const before = reservationCount();
    const results = await runConcurrently("purchaseReservation", customerActorRef(alex), d2s(), 5);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.data as { orderId: string }).orderId)).size).toBe(1);
    expect(reservationCount()).toBe(before + 1);
    expect(newActivityFor("Wingtip Toys").filter((e) => e.operationType === "create_order")).toHaveLength(1);
  }, 30_000);
});

describe("quoteReservation", () => {
  it("shows the customer the partner's price only, and the partner the list price too", () => {
    allowWingtip();
    const forCustomer = quoteReservation(customerActorRef(alex), d2s());
    expect(forCustomer).toMatchObject({
      ok: true,
      data: {
        totalMinor: 110_040,
        listTotalMinor: null,
        region: "westus2",
        term: "P1Y",
        billingPlan: "upfront",
        scope: "shared",
      },
    });
    const forPartner = quoteReservation(actorRef(demo.contosoAdmin), {
      ...d2s(),
      customerId: customerTenantId("Wingtip Toys"),
    });
    expect(forPartner).toMatchObject({ ok: true, data: { totalMinor: 110_040, listTotalMinor: 104_800 } });
  });
});

describe("purchaseReservation by the partner", () => {
  it("lets an Admin agent buy on behalf of a customer without the permission", () => {
    const input = { ...d2s("Adventure Works Cycles"), customerId: customerTenantId("Adventure Works Cycles") };
    const result = purchaseReservation(actorRef(demo.contosoAdmin), input);
    if (!result.ok) throw new Error(result.reason);
    expect(getDb().select().from(orders).where(eq(orders.orderId, result.data.orderId)).get()).toMatchObject({
      channel: "partner",
      placedByEmail: demo.contosoAdmin,
    });
  });

  it("refuses sales and help desk agents, and another partner's admin", () => {
    const input = { ...d2s("Adventure Works Cycles"), customerId: customerTenantId("Adventure Works Cycles") };
    expect(purchaseReservation(actorRef(demo.contosoSales), input)).toMatchObject({ ok: false, error: "forbidden" });
    expect(purchaseReservation(actorRef(demo.contosoHelpdesk), input)).toMatchObject({ ok: false, error: "forbidden" });
    expect(purchaseReservation(actorRef(demo.fabrikamAdmin), input)).toMatchObject({ ok: false, error: "not_found" });
  });
});

describe("purchase alerts", () => {
  it("notify the partner of a customer's own purchase only when turned on", () => {
    allowWingtip();
    purchaseReservation(customerActorRef(alex), d2s());
    expect(getDb().select().from(notifications).all()).toEqual([]);

    setPurchaseAlerts(actorRef(demo.contosoAdmin), { enabled: true, version: 0 });
    purchaseReservation(customerActorRef(alex), d2s());
    purchaseReservation(actorRef(demo.contosoAdmin), { ...d2s(), customerId: customerTenantId("Wingtip Toys") });
    const sent = getDb().select().from(notifications).all();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      kind: "reservation_purchased",
      params: {
        buyer: "Alex Wilber",
        customer: "Wingtip Toys",
        quantity: 2,
        product: "Virtual machine D2s v5 (general purpose, 2 vCPU, 8 GiB)",
        region: "westus2",
        totalMinor: 110_040,
        currency: "USD",
      },
      link: `/customers/${customerTenantId("Wingtip Toys")}/reservations`,
    });
  });
});
