import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import {
  idempotencyKeys,
  notifications,
  orderLines,
  orders,
  reservationPriceLists,
  reservations,
  subscriptions,
} from "@/db/schema";
import {
  actorRef,
  customerActorRef,
  customerTenantId,
  demo,
  newActivityFor,
  runConcurrently,
  subscriptionOf,
} from "@/testing/fixtures";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { describeFailure, inEnglish } from "@/lib/i18n/describe";
import { setPurchaseAlerts } from "@/lib/notifications/set-purchase-alerts";
import { setReservationPrices } from "@/lib/pricing/set-reservation-prices";
import { purchaseReservation, quoteReservation } from "./purchase-reservation";

const alex = "alex@wingtiptoys.onmicrosoft.com"; // Owner of Wingtip's Azure plan
const megan = "megan@wingtiptoys.onmicrosoft.com"; // Reader only

async function allowWingtip(enabled = true) {
  await setCustomerPurchasePermission(await actorRef(demo.contosoAdmin), {
    customerId: await customerTenantId("Wingtip Toys"),
    resource: "AzureReservedInstances",
    enabled,
  });
}

const d2s = async (companyName = "Wingtip Toys", overrides: object = {}) => ({
  catalogItemId: "DZH318Z0BQ4P:0001",
  region: "westus2",
  term: "P1Y",
  billingPlan: "upfront",
  quantity: 2,
  billingSubscriptionId: (await subscriptionOf(companyName, "azure_plan")).subscriptionId,
  scope: "shared",
  // Each call is a purchase of its own, as each Review in the app is.
  idempotencyKey: crypto.randomUUID(),
  ...overrides,
});

const orderNumbered = async (orderId: string) => {
  const [row] = await getDb().select().from(orders).where(eq(orders.orderId, orderId)).limit(1);
  return row;
};
const lineOf = async (orderRowId: number) => {
  const [row] = await getDb().select().from(orderLines).where(eq(orderLines.orderId, orderRowId)).limit(1);
  return row;
};
const reservationCount = async () => (await getDb().select().from(reservations)).length;
const orderCount = async () => (await getDb().select().from(orders)).length;

describe("purchaseReservation by a customer user", () => {
  it("buys at the partner's price: order (self-service), reservation and activity entry naming the customer user", async () => {
    await allowWingtip();
    const result = await purchaseReservation(await customerActorRef(alex), await d2s());
    if (!result.ok) throw new Error(result.reason);

    // Contoso sells at list price + 5%: 52,400 → 55,020 cents a VM for a year.
    expect(result.data).toMatchObject({ totalMinor: 110_040, monthly: null, currency: "USD" });
    const order = await orderNumbered(result.data.orderId);
    expect(order).toMatchObject({
      channel: "customer_self_service",
      placedByEmail: alex,
      placedByPartnerUserId: null,
      totalMinor: 110_040,
    });
    expect(await lineOf(order.id)).toMatchObject({
      unitPriceMinor: 55_020,
      quantity: 2,
      termDuration: "P1Y",
      billingCycle: "one_time",
    });
    const [reservation] = await getDb()
      .select()
      .from(reservations)
      .where(eq(reservations.reservationId, result.data.reservationId))
      .limit(1);
    expect(reservation).toMatchObject({ scope: "shared", region: "westus2", quantity: 2, status: "active" });
    expect(reservation.expiresAt.getTime() - reservation.createdAt.getTime()).toBeGreaterThanOrEqual(
      365 * 24 * 3600 * 1000,
    );

    const purchase = (await newActivityFor("Wingtip Toys")).find((e) => e.operationType === "create_order")!;
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

  it("keeps the price it was bought at when the partner later changes prices", async () => {
    await allowWingtip();
    const result = await purchaseReservation(await customerActorRef(alex), await d2s());
    if (!result.ok) throw new Error(result.reason);
    await setReservationPrices(await actorRef(demo.contosoAdmin), {
      version: 0,
      defaultAdjustmentPercent: 20,
      overrides: {},
    });

    expect((await orderNumbered(result.data.orderId)).totalMinor).toBe(110_040);
    const requote = await quoteReservation(await customerActorRef(alex), await d2s());
    expect(requote).toMatchObject({ ok: true, data: { totalMinor: 125_760 } });
  });

  it("stops for a new review when the price changed after the buyer reviewed it", async () => {
    await allowWingtip();
    const reviewed = await quoteReservation(await customerActorRef(alex), await d2s());
    if (!reviewed.ok) throw new Error(reviewed.reason);
    await setReservationPrices(await actorRef(demo.contosoAdmin), {
      version: 0,
      defaultAdjustmentPercent: 20,
      overrides: {},
    });

    const stale = await purchaseReservation(await customerActorRef(alex), {
      ...(await d2s()),
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
    expect((await newActivityFor("Wingtip Toys")).filter((e) => e.operationType === "create_order")).toEqual([]);
    expect(
      await purchaseReservation(await customerActorRef(alex), { ...(await d2s()), expectedTotalMinor: 125_760 }),
    ).toMatchObject({
      ok: true,
    });
  });

  it("bills monthly: the total is twelve equal payments", async () => {
    await allowWingtip();
    const result = await purchaseReservation(
      await customerActorRef(alex),
      await d2s("Wingtip Toys", { billingPlan: "monthly", quantity: 1 }),
    );
    expect(result).toMatchObject({
      ok: true,
      data: { monthly: { months: 12, regularMinor: 4_585, monthsWithExtraCent: 0 }, totalMinor: 4_585 * 12 },
    });
  });

  it("bills monthly at the price list's total: the cents are spread, the order says the same total", async () => {
    await allowWingtip();
    // B2ms: 426.00 a year at list price, 447.30 with Contoso's 5%; billed monthly it is still 447.30.
    const input = await d2s("Wingtip Toys", {
      catalogItemId: "DZH318Z0BQ3Q:0001",
      billingPlan: "monthly",
      quantity: 1,
    });
    const upfront = await quoteReservation(await customerActorRef(alex), { ...input, billingPlan: "upfront" });
    const result = await purchaseReservation(await customerActorRef(alex), input);
    if (!result.ok || !upfront.ok) throw new Error("refused");
    expect(upfront.data.totalMinor).toBe(44_730);
    expect(result.data).toMatchObject({
      totalMinor: 44_730,
      monthly: { months: 12, regularMinor: 3_727, monthsWithExtraCent: 6 },
    });
    const order = await orderNumbered(result.data.orderId);
    expect(order.totalMinor).toBe(44_730);
    expect(await lineOf(order.id)).toMatchObject({
      unitPriceMinor: 44_730,
      billingCycle: "monthly",
    });
  });

  it("is refused while the partner has not turned the permission on, and again once it is turned off", async () => {
    const reservationsBefore = await reservationCount();
    const refused = await purchaseReservation(await customerActorRef(alex), await d2s());
    expect(refused).toEqual({
      ok: false,
      error: "forbidden",
      reason: "reservations.errors.permissionOff",
      values: { partner: "Contoso CSP", customer: "Wingtip Toys" },
    });
    expect(!refused.ok && describeFailure(refused, inEnglish).message).toBe(
      "Your partner, Contoso CSP, hasn't allowed Wingtip Toys to purchase Azure reservations. Ask them to turn on the permission.",
    );
    await allowWingtip(true);
    await allowWingtip(false);
    expect(await purchaseReservation(await customerActorRef(alex), await d2s())).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await reservationCount()).toBe(reservationsBefore);
    expect((await newActivityFor("Wingtip Toys")).filter((e) => e.operationType === "create_order")).toEqual([]);
  });

  it("is refused to a user who is not an Owner of the billing subscription, as the Azure portal does", async () => {
    await allowWingtip();
    const result = await purchaseReservation(await customerActorRef(megan), await d2s());
    expect(result).toMatchObject({ ok: false, error: "forbidden", reason: "reservations.errors.ownerRequired" });
    expect(!result.ok && describeFailure(result, inEnglish).message).toMatch(
      /^You need the Owner role on the subscription .+ \([0-9a-f-]{36}\) to buy reservations\. Ask an Owner of the subscription, or your partner, Contoso CSP, to assign it to you\.$/,
    );
  });

  it("is refused when the billing subscription is no longer active", async () => {
    await getDb()
      .update(subscriptions)
      .set({ status: "suspended" })
      .where(eq(subscriptions.subscriptionId, (await subscriptionOf("Fourth Coffee", "azure_plan")).subscriptionId));
    const result = await purchaseReservation(
      await customerActorRef("lynne@fourthcoffee.onmicrosoft.com"),
      await d2s("Fourth Coffee"),
    );
    expect(result).toMatchObject({
      ok: false,
      error: "prerequisite_missing",
      reason: "reservations.errors.billingSubscriptionNotQualified",
    });
    expect(!result.ok && describeFailure(result, inEnglish).message).toContain("is not an active Azure plan");
  });

  it("answers not found for another customer's subscription or customer id, of this partner or another", async () => {
    await allowWingtip();
    for (const companyName of ["Tailspin Toys", "Fourth Coffee", "Proseware, Inc."]) {
      const offer = companyName === "Tailspin Toys" ? "azure_global" : "azure_plan";
      const input = {
        ...(await d2s()),
        billingSubscriptionId: (await subscriptionOf(companyName, offer)).subscriptionId,
      };
      expect(await purchaseReservation(await customerActorRef(alex), input)).toMatchObject({
        ok: false,
        error: "not_found",
      });
    }
    expect(
      await purchaseReservation(await customerActorRef(alex), {
        ...(await d2s()),
        customerId: await customerTenantId("Fourth Coffee"),
      }),
    ).toMatchObject({ ok: false, error: "not_found", reason: "errors.customer_not_found" });
  });

  it.each([
    ["an unknown product", { catalogItemId: "DZH318Z0BQZZ:0001" }, "catalogItemId"],
    ["a region the product isn't offered in", { catalogItemId: "DZH318Z0BQ8M:0001", region: "uksouth" }, "region"],
    ["a quantity of zero", { quantity: 0 }, "quantity"],
    ["a quantity above the limit", { quantity: 5000 }, "quantity"],
    ["a term not offered", { catalogItemId: "DZH318Z0BQ9C:0002", term: "P3Y" }, "term"],
    ["a resource-group scope without a name", { scope: "resource_group" }, "resourceGroup"],
  ])("rejects %s, writing nothing", async (_name, overrides, field) => {
    await allowWingtip();
    const before = await orderCount();
    const result = await purchaseReservation(await customerActorRef(alex), await d2s("Wingtip Toys", overrides));
    expect(result).toMatchObject({ ok: false, error: "invalid_input" });
    expect(!result.ok && result.fieldErrors).toHaveProperty(field);
    expect(await orderCount()).toBe(before);
  });

  it("lets five simultaneous purchases from separate processes all succeed, each with its own order", async () => {
    await allowWingtip();
    const inputs = await Promise.all(Array.from({ length: 5 }, () => d2s()));
    const results = await runConcurrently(
      "purchaseReservation",
      await customerActorRef(alex),
      (i: number) => inputs[i],
      5,
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const purchases = (await newActivityFor("Wingtip Toys")).filter((e) => e.operationType === "create_order");
    expect(purchases).toHaveLength(5);
    expect(new Set(purchases.map((e) => JSON.parse(e.newValue!).id)).size).toBe(5);
  }, 30_000);
});

describe("purchaseReservation sent more than once (double click, retry, second tab)", () => {
  it("buys once per idempotency key and answers the same order every time", async () => {
    await allowWingtip();
    const input = await d2s();
    const first = await purchaseReservation(await customerActorRef(alex), input);
    if (!first.ok) throw new Error(first.reason);
    const [reservationsAfter, ordersAfter] = [await reservationCount(), await orderCount()];

    const again = await purchaseReservation(await customerActorRef(alex), input);
    expect(again).toEqual(first);
    expect([await reservationCount(), await orderCount()]).toEqual([reservationsAfter, ordersAfter]);
    expect((await newActivityFor("Wingtip Toys")).filter((e) => e.operationType === "create_order")).toHaveLength(1);
  });

  it("answers the first result later, even after the permission was turned off or the price changed", async () => {
    await allowWingtip();
    const input = await d2s();
    const first = await purchaseReservation(await customerActorRef(alex), input);
    await allowWingtip(false);
    await getDb().update(reservationPriceLists).set({ defaultAdjustmentBasisPoints: 2_000 });
    expect(await quoteReservation(await customerActorRef(alex), input)).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await purchaseReservation(await customerActorRef(alex), input)).toEqual(first);
  });

  it("buys again with a new key: two identical reservations on purpose are two purchases", async () => {
    await allowWingtip();
    const before = await reservationCount();
    const first = await purchaseReservation(await customerActorRef(alex), await d2s());
    const second = await purchaseReservation(await customerActorRef(alex), await d2s());
    if (!first.ok || !second.ok) throw new Error("refused");
    expect(second.data.orderId).not.toBe(first.data.orderId);
    expect(await reservationCount()).toBe(before + 2);
  });

  it("refuses the same key with a different request, writing nothing", async () => {
    await allowWingtip();
    const input = await d2s();
    await purchaseReservation(await customerActorRef(alex), input);
    const before = await orderCount();
    expect(await purchaseReservation(await customerActorRef(alex), { ...input, quantity: 3 })).toMatchObject({
      ok: false,
      error: "idempotency_key_reused",
    });
    expect(await orderCount()).toBe(before);
  });

  it("does not spend the key on a refusal: the same key works once the refusal is fixed", async () => {
    const input = await d2s();
    expect(await purchaseReservation(await customerActorRef(alex), input)).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    await allowWingtip();
    expect(await purchaseReservation(await customerActorRef(alex), input)).toMatchObject({ ok: true });
  });

  it("keeps one person's key to that person: another buyer's same key is a purchase of their own", async () => {
    await allowWingtip();
    const input = await d2s();
    const alexs = await purchaseReservation(await customerActorRef(alex), input);
    const admins = await purchaseReservation(await actorRef(demo.contosoAdmin), {
      ...input,
      customerId: await customerTenantId("Wingtip Toys"),
    });
    if (!alexs.ok || !admins.ok) throw new Error("refused");
    expect(admins.data.orderId).not.toBe(alexs.data.orderId);
  });

  it("requires a key", async () => {
    await allowWingtip();
    const { idempotencyKey: _left, ...input } = await d2s();
    expect(await purchaseReservation(await customerActorRef(alex), input)).toMatchObject({
      ok: false,
      error: "invalid_input",
      fieldErrors: { idempotencyKey: expect.any(Array) },
    });
  });

  it("is held by a unique index: a second row for the same requester and key cannot be written", async () => {
    await allowWingtip();
    const input = await d2s();
    await purchaseReservation(await customerActorRef(alex), input);
    const [{ id: _, ...row }] = await getDb()
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.key, input.idempotencyKey))
      .limit(1);
    await expect(
      getDb()
        .insert(idempotencyKeys)
        .values({ ...row, requestHash: "x" }),
    ).rejects.toSatisfy((error) => isUniqueViolation(error, idempotencyKeys, "idempotency_keys_unique_idx"));
  });

  it("buys once when the same request arrives from five processes at the same moment", async () => {
    await allowWingtip();
    const before = await reservationCount();
    const results = await runConcurrently("purchaseReservation", await customerActorRef(alex), await d2s(), 5);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.data as { orderId: string }).orderId)).size).toBe(1);
    expect(await reservationCount()).toBe(before + 1);
    expect((await newActivityFor("Wingtip Toys")).filter((e) => e.operationType === "create_order")).toHaveLength(1);
  }, 30_000);
});

describe("quoteReservation", () => {
  it("shows the customer the partner's price only, and the partner the list price too", async () => {
    await allowWingtip();
    const forCustomer = await quoteReservation(await customerActorRef(alex), await d2s());
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
    const forPartner = await quoteReservation(await actorRef(demo.contosoAdmin), {
      ...(await d2s()),
      customerId: await customerTenantId("Wingtip Toys"),
    });
    expect(forPartner).toMatchObject({ ok: true, data: { totalMinor: 110_040, listTotalMinor: 104_800 } });
  });
});

describe("purchaseReservation by the partner", () => {
  it("lets an Admin agent buy on behalf of a customer without the permission", async () => {
    const input = {
      ...(await d2s("Adventure Works Cycles")),
      customerId: await customerTenantId("Adventure Works Cycles"),
    };
    const result = await purchaseReservation(await actorRef(demo.contosoAdmin), input);
    if (!result.ok) throw new Error(result.reason);
    expect(await orderNumbered(result.data.orderId)).toMatchObject({
      channel: "partner",
      placedByEmail: demo.contosoAdmin,
    });
  });

  it("refuses sales and help desk agents, and another partner's admin", async () => {
    const input = {
      ...(await d2s("Adventure Works Cycles")),
      customerId: await customerTenantId("Adventure Works Cycles"),
    };
    expect(await purchaseReservation(await actorRef(demo.contosoSales), input)).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await purchaseReservation(await actorRef(demo.contosoHelpdesk), input)).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await purchaseReservation(await actorRef(demo.fabrikamAdmin), input)).toMatchObject({
      ok: false,
      error: "not_found",
    });
  });
});

describe("purchase alerts", () => {
  it("notify the partner of a customer's own purchase only when turned on", async () => {
    await allowWingtip();
    await purchaseReservation(await customerActorRef(alex), await d2s());
    expect(await getDb().select().from(notifications)).toEqual([]);

    await setPurchaseAlerts(await actorRef(demo.contosoAdmin), { enabled: true, version: 0 });
    await purchaseReservation(await customerActorRef(alex), await d2s());
    await purchaseReservation(await actorRef(demo.contosoAdmin), {
      ...(await d2s()),
      customerId: await customerTenantId("Wingtip Toys"),
    });
    const sent = await getDb().select().from(notifications);
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
      link: `/customers/${await customerTenantId("Wingtip Toys")}/reservations`,
    });
  });
});
