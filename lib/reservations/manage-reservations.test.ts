import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { orderLines, orders, reservations } from "@/db/schema";
import { actorRef, customerTenantId, demo, newActivityFor, subscriptionOf } from "@/db/testing/fixtures";
import { describeFailure, inEnglish } from "@/lib/i18n/describe";
import { changeReservationScope } from "./change-reservation-scope";
import { calculateExchange, exchangeReservation } from "./exchange-reservation";
import { purchaseReservation } from "./purchase-reservation";
import { calculateRefund, refundReservation } from "./refund-reservation";
import { setReservationAutoRenew } from "./set-reservation-auto-renew";
import { updateReservation } from "./update-reservation";
import { addMonths } from "./term-dates";

const admin = () => actorRef(demo.contosoAdmin);

/** A 3-year D2s v5 reservation Contoso bought for Adventure Works, up front, `quantity` of them. */
function buy(quantity = 4, billingPlan = "upfront") {
  const bought = purchaseReservation(admin(), {
    customerId: customerTenantId("Adventure Works Cycles"),
    catalogItemId: "DZH318Z0BQ4P:0001",
    region: "eastus",
    term: "P3Y",
    billingPlan,
    quantity,
    billingSubscriptionId: subscriptionOf("Adventure Works Cycles", "azure_plan").subscriptionId,
    scope: "shared",
    idempotencyKey: crypto.randomUUID(),
  });
  if (!bought.ok) throw new Error(bought.reason);
  return getDb().select().from(reservations).where(eq(reservations.reservationId, bought.data.reservationId)).get()!;
}

/**
 * Adventure Works' reservation of `quantity` × `catalogItemId` for a year, billed monthly, its term moved to start at
 * `start` so that a test can return it on a chosen day.
 */
function boughtMonthlyFrom(start: Date, catalogItemId: string, quantity: number) {
  const bought = purchaseReservation(admin(), {
    customerId: customerTenantId("Adventure Works Cycles"),
    catalogItemId,
    region: "eastus",
    term: "P1Y",
    billingPlan: "monthly",
    quantity,
    billingSubscriptionId: subscriptionOf("Adventure Works Cycles", "azure_plan").subscriptionId,
    scope: "shared",
    idempotencyKey: crypto.randomUUID(),
  });
  if (!bought.ok) throw new Error(bought.reason);
  return getDb()
    .update(reservations)
    .set({ createdAt: start, expiresAt: addMonths(start, 12) })
    .where(eq(reservations.reservationId, bought.data.reservationId))
    .returning()
    .get();
}

const refund = (reservationId: string, quantity: number, at: Date, idempotencyKey: string = crypto.randomUUID()) =>
  refundReservation(admin(), { reservationId, quantity, idempotencyKey }, at);

describe("refundReservation", () => {
  it("gives back part of a reservation as a refund order with a negative line; the rest goes on", () => {
    const reservation = buy(4);
    const at = addMonths(reservation.createdAt, 12);
    const quote = calculateRefund(admin(), { reservationId: reservation.reservationId, quantity: 1 }, at);
    if (!quote.ok) throw new Error(quote.reason);
    expect(quote.data.poolLeftMinor).toBe(5_000_000);
    expect(quote.data.refundMinor).toBe(quote.data.cancelledCommitmentMinor);

    const done = refund(reservation.reservationId, 1, at);
    if (!done.ok) throw new Error(done.reason);
    expect(done.data.refundMinor).toBe(quote.data.refundMinor);
    const order = getDb().select().from(orders).where(eq(orders.orderId, done.data.orderId)).get()!;
    const [line] = getDb().select().from(orderLines).where(eq(orderLines.orderId, order.id)).all();
    expect(order.totalMinor).toBe(-quote.data.refundMinor);
    expect(line.unitPriceMinor! * line.quantity).toBe(order.totalMinor);
    expect(line.cancelledCommitmentMinor).toBe(quote.data.cancelledCommitmentMinor);
    const after = getDb().select().from(reservations).where(eq(reservations.id, reservation.id)).get()!;
    expect(after).toMatchObject({ quantity: 3, status: "active" });
    expect(newActivityFor("Adventure Works Cycles").map((e) => e.operationType)).toContain("refund_reservation");

    const rest = calculateRefund(admin(), { reservationId: reservation.reservationId, quantity: 3 }, at);
    expect(rest).toMatchObject({ ok: true, data: { poolLeftMinor: 5_000_000 - quote.data.cancelledCommitmentMinor } });
  });

  it("cancels a reservation returned whole, once per idempotency key", () => {
    const reservation = buy(2);
    const key = crypto.randomUUID();
    const at = addMonths(reservation.createdAt, 1);
    const first = refund(reservation.reservationId, 2, at, key);
    expect(refund(reservation.reservationId, 2, at, key)).toEqual(first);
    expect(getDb().select().from(reservations).where(eq(reservations.id, reservation.id)).get()?.status).toBe(
      "cancelled",
    );
    expect(refund(reservation.reservationId, 1, at)).toMatchObject({ ok: false, error: "conflict" });
  });

  it("billed monthly, cancels the payments not yet due with the refund: the orders add up to what is really owed", () => {
    const reservation = buy(2, "monthly");
    const purchase = getDb().select().from(orders).where(eq(orders.id, reservation.orderId)).get()!;
    // Half-way through the 18th month of 36: 18 payments made.
    const at = new Date(addMonths(reservation.createdAt, 17).getTime() + 15 * 24 * 60 * 60 * 1000);
    const quote = calculateRefund(admin(), { reservationId: reservation.reservationId, quantity: 2 }, at);
    if (!quote.ok) throw new Error(quote.reason);
    expect(quote.data.futurePaymentsCancelledMinor).toBeGreaterThan(0);
    // The refund and the cancelled payments are, between them, the remaining commitment.
    expect(quote.data.refundMinor + quote.data.futurePaymentsCancelledMinor).toBe(quote.data.cancelledCommitmentMinor);

    const done = refund(reservation.reservationId, 2, at);
    if (!done.ok) throw new Error(done.reason);
    expect(done.data).toMatchObject({
      refundMinor: quote.data.refundMinor,
      futurePaymentsCancelledMinor: quote.data.futurePaymentsCancelledMinor,
    });
    const order = getDb().select().from(orders).where(eq(orders.orderId, done.data.orderId)).get()!;
    const lines = getDb().select().from(orderLines).where(eq(orderLines.orderId, order.id)).all();
    const amountOf = (some: typeof lines) => some.reduce((sum, l) => sum + l.unitPriceMinor! * l.quantity, 0);
    expect(amountOf(lines)).toBe(order.totalMinor);
    // Only the refund lines count against the pool, and they count the whole remaining commitment.
    const refundLines = lines.filter((l) => l.cancelledCommitmentMinor !== null);
    expect(amountOf(refundLines)).toBe(-quote.data.refundMinor);
    expect(refundLines.reduce((sum, l) => sum + l.cancelledCommitmentMinor!, 0)).toBe(
      quote.data.cancelledCommitmentMinor,
    );
    expect(amountOf(lines.filter((l) => l.cancelledCommitmentMinor === null))).toBe(
      -quote.data.futurePaymentsCancelledMinor,
    );
    // What the customer owes in the end is the value of the days used: the purchase less everything given back.
    expect(purchase.totalMinor + order.totalMinor).toBe(purchase.totalMinor - quote.data.cancelledCommitmentMinor);
    expect(refund(reservation.reservationId, 1, at)).toMatchObject({ ok: false, error: "conflict" });
  });

  it("billed monthly, refunds from what the order billed: 2 × 447.30 USD is billed 12 × 74.55, not per unit", () => {
    // B2ms for a year: 426.00 USD at list, Contoso's +5%: 447.30 a unit.
    const reservation = boughtMonthlyFrom(new Date("2026-03-01T10:00:00Z"), "DZH318Z0BQ3Q:0001", 2);
    const purchase = getDb().select().from(orders).where(eq(orders.id, reservation.orderId)).get()!;
    expect(purchase.totalMinor).toBe(89_460); // billed 12 × 74.55
    // 15 days used of 365: one payment of 74.55 made, eleven still to be billed.
    const at = new Date(reservation.createdAt.getTime() + 14 * 24 * 60 * 60 * 1000);
    const quote = calculateRefund(admin(), { reservationId: reservation.reservationId, quantity: 2 }, at);
    const remaining = 2 * Math.round((44_730 * 350) / 365); // 85,784: the remaining commitment, a unit at a time
    expect(quote).toMatchObject({
      ok: true,
      data: { cancelledCommitmentMinor: remaining, futurePaymentsCancelledMinor: 11 * 7_455 },
    });
    // Paid 74.55, used 15 days' worth (36.76): 37.79 back. Per unit it came to 2 × 18.90, a cent too much.
    expect(quote.ok && quote.data.refundMinor).toBe(remaining - 11 * 7_455);
    expect(quote.ok && quote.data.refundMinor).toBe(3_779);

    const done = refund(reservation.reservationId, 2, at);
    if (!done.ok) throw new Error(done.reason);
    expect(done.data).toMatchObject({ refundMinor: 3_779, futurePaymentsCancelledMinor: 82_005 });
    const order = getDb().select().from(orders).where(eq(orders.orderId, done.data.orderId)).get()!;
    const lines = getDb().select().from(orderLines).where(eq(orderLines.orderId, order.id)).all();
    expect(order.totalMinor).toBe(-remaining);
    // Each line is whole cents a unit: the odd cent goes on a line of its own.
    expect(lines.map((l) => l.unitPriceMinor! * l.quantity).reduce((a, b) => a + b, 0)).toBe(order.totalMinor);
    expect(lines.map((l) => [l.quantity, l.unitPriceMinor])).toEqual([
      [1, -1_890],
      [1, -1_889],
      [1, -41_003],
      [1, -41_002],
    ]);
    expect(lines.reduce((sum, l) => sum + (l.cancelledCommitmentMinor ?? 0), 0)).toBe(remaining);
    expect(purchase.totalMinor + order.totalMinor).toBe(89_460 - remaining);
  });

  it("refuses a refund over what is left of the USD 50,000 pool, saying how much is left", () => {
    // M64s: 66,110 USD for 3 years; 10 of them at 5% over list is far beyond the pool.
    const big = purchaseReservation(admin(), {
      customerId: customerTenantId("Adventure Works Cycles"),
      catalogItemId: "DZH318Z0BQ8M:0001",
      region: "eastus",
      term: "P3Y",
      billingPlan: "upfront",
      quantity: 2,
      billingSubscriptionId: subscriptionOf("Adventure Works Cycles", "azure_plan").subscriptionId,
      scope: "shared",
      idempotencyKey: crypto.randomUUID(),
    });
    if (!big.ok) throw new Error(big.reason);
    const before = getDb().select().from(orders).all().length;
    const refused = refund(big.data.reservationId, 1, new Date());
    expect(refused).toMatchObject({
      ok: false,
      error: "conflict",
      reason: "reservations.errors.overRefundLimit",
      values: { left: { amountMinor: 5_000_000, currency: "USD" }, customer: "Adventure Works Cycles" },
    });
    expect(!refused.ok && describeFailure(refused, inEnglish).message).toMatch(
      /but only \$50,000\.00 of the USD 50,000 refund limit is left for Adventure Works/,
    );
    expect(getDb().select().from(orders).all()).toHaveLength(before);
  });

  it("is for the partner's Admin agents only, and another partner's reservation is not found", () => {
    const reservation = buy(1);
    const input = { reservationId: reservation.reservationId, quantity: 1, idempotencyKey: crypto.randomUUID() };
    expect(refundReservation(actorRef(demo.contosoSales), input)).toMatchObject({ error: "forbidden" });
    expect(refundReservation(actorRef(demo.fabrikamAdmin), input)).toMatchObject({ error: "not_found" });
    expect(refundReservation(admin(), { ...input, quantity: 2 })).toMatchObject({ error: "invalid_input" });
  });
});

describe("changeReservationScope and setReservationAutoRenew", () => {
  it("re-scope to a resource group of the customer's subscription, with an entry; no money moves", () => {
    const reservation = buy(1);
    const ordersBefore = getDb().select().from(orders).all().length;
    const subscriptionId = subscriptionOf("Adventure Works Cycles", "azure_plan").subscriptionId;
    const input = {
      reservationId: reservation.reservationId,
      scope: "resource_group",
      subscriptionId,
      resourceGroup: "rg-web",
    };
    expect(changeReservationScope(admin(), input)).toEqual({ ok: true, data: { changed: true } });
    expect(changeReservationScope(admin(), input)).toEqual({ ok: true, data: { changed: false } });
    expect(getDb().select().from(reservations).where(eq(reservations.id, reservation.id)).get()).toMatchObject({
      scope: "resource_group",
      resourceGroup: "rg-web",
    });
    expect(getDb().select().from(orders).all()).toHaveLength(ordersBefore);
    expect(changeReservationScope(admin(), { ...input, resourceGroup: "bad name." })).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
    const otherCustomers = subscriptionOf("Wingtip Toys", "azure_plan").subscriptionId;
    expect(changeReservationScope(admin(), { ...input, subscriptionId: otherCustomers })).toMatchObject({
      ok: false,
      error: "not_found",
    });
  });

  it("turn auto-renew on and off, Admin agents only", () => {
    const reservation = buy(1);
    const input = { reservationId: reservation.reservationId, autoRenew: true };
    expect(setReservationAutoRenew(admin(), input)).toEqual({ ok: true, data: { autoRenew: true, changed: true } });
    expect(setReservationAutoRenew(actorRef(demo.contosoHelpdesk), { ...input, autoRenew: false })).toMatchObject({
      error: "forbidden",
    });
    expect(getDb().select().from(reservations).where(eq(reservations.id, reservation.id)).get()?.autoRenew).toBe(true);
  });
});

describe("updateReservation (the API's PATCH)", () => {
  it("changes scope and auto-renew together, or neither when one part is refused", () => {
    const reservation = buy(1);
    const subscriptionId = subscriptionOf("Adventure Works Cycles", "azure_plan").subscriptionId;
    const scope = { scope: "single", subscriptionId };
    const entriesBefore = newActivityFor("Adventure Works Cycles").length;
    const refused = updateReservation(admin(), { reservationId: reservation.reservationId, scope, autoRenew: "yes" });
    expect(refused).toMatchObject({ ok: false, error: "invalid_input" });
    expect(getDb().select().from(reservations).where(eq(reservations.id, reservation.id)).get()).toMatchObject({
      scope: "shared",
      autoRenew: false,
    });
    expect(newActivityFor("Adventure Works Cycles")).toHaveLength(entriesBefore);

    const done = updateReservation(admin(), { reservationId: reservation.reservationId, scope, autoRenew: true });
    expect(done).toEqual({ ok: true, data: { changed: true } });
    expect(getDb().select().from(reservations).where(eq(reservations.id, reservation.id)).get()).toMatchObject({
      scope: "single",
      autoRenew: true,
    });
    expect(newActivityFor("Adventure Works Cycles")).toHaveLength(entriesBefore + 2);
  });
});

describe("exchangeReservation", () => {
  const target = (overrides: object = {}) => ({
    catalogItemId: "DZH318Z0BQ4P:0002", // D4s v5: compute, like the D2s v5 returned
    region: "westeurope",
    term: "P3Y",
    billingPlan: "upfront",
    quantity: 2,
    billingSubscriptionId: subscriptionOf("Adventure Works Cycles", "azure_plan").subscriptionId,
    scope: "shared",
    ...overrides,
  });

  it("returns part of a reservation for a bigger one: one order with the credit and the new charge, a new term", () => {
    const reservation = buy(4);
    const at = addMonths(reservation.createdAt, 6);
    const input = { reservationId: reservation.reservationId, quantity: 2, target: target() };
    const quote = calculateExchange(admin(), input, at);
    if (!quote.ok) throw new Error(quote.reason);
    expect(quote.data.coversReturn).toBe(true);

    const done = exchangeReservation(admin(), { ...input, idempotencyKey: crypto.randomUUID() }, at);
    if (!done.ok) throw new Error(done.reason);
    expect(done.data.netMinor).toBe(quote.data.newCommitmentMinor - quote.data.creditMinor);
    const order = getDb().select().from(orders).where(eq(orders.orderId, done.data.orderId)).get()!;
    const lines = getDb().select().from(orderLines).where(eq(orderLines.orderId, order.id)).all();
    expect(lines.map((l) => l.unitPriceMinor! * l.quantity).reduce((a, b) => a + b, 0)).toBe(order.totalMinor);
    expect(lines.every((l) => l.cancelledCommitmentMinor === null)).toBe(true); // exchanges use no refund pool
    const bought = getDb()
      .select()
      .from(reservations)
      .where(eq(reservations.reservationId, done.data.reservationId))
      .get()!;
    expect(bought).toMatchObject({ quantity: 2, region: "westeurope", exchangedFromReservationId: reservation.id });
    expect(bought.expiresAt).toEqual(addMonths(at, 36));
    expect(getDb().select().from(reservations).where(eq(reservations.id, reservation.id)).get()).toMatchObject({
      quantity: 2,
      status: "active",
    });
    expect(newActivityFor("Adventure Works Cycles").map((e) => e.operationType)).toContain("exchange_reservation");
  });

  it("billed monthly, nets the cancelled payments not yet due into the exchange order", () => {
    const reservation = buy(2, "monthly");
    const at = addMonths(reservation.createdAt, 10);
    const input = { reservationId: reservation.reservationId, quantity: 2, target: target() };
    const quote = calculateExchange(admin(), input, at);
    if (!quote.ok) throw new Error(quote.reason);
    const { creditMinor, futurePaymentsCancelledMinor, newCommitmentMinor, remainingCommitmentMinor } = quote.data;
    expect(futurePaymentsCancelledMinor).toBeGreaterThan(0);
    expect(creditMinor + futurePaymentsCancelledMinor).toBe(remainingCommitmentMinor);
    expect(quote.data.netMinor).toBe(newCommitmentMinor - remainingCommitmentMinor);
    const done = exchangeReservation(admin(), { ...input, idempotencyKey: crypto.randomUUID() }, at);
    if (!done.ok) throw new Error(done.reason);
    const order = getDb().select().from(orders).where(eq(orders.orderId, done.data.orderId)).get()!;
    const lines = getDb().select().from(orderLines).where(eq(orderLines.orderId, order.id)).all();
    // The new reservation, the credit, the cancelled payments (a second line of a kind when a cent is left over).
    expect([...new Set(lines.map((l) => l.offerName))]).toEqual([
      "Virtual machine D4s v5 (general purpose, 4 vCPU, 16 GiB) reservation",
      "Virtual machine D2s v5 (general purpose, 2 vCPU, 8 GiB) reservation returned in exchange",
      "Virtual machine D2s v5 (general purpose, 2 vCPU, 8 GiB) reservation: monthly payments not yet due, cancelled",
    ]);
    expect(lines.map((l) => l.unitPriceMinor! * l.quantity).reduce((a, b) => a + b, 0)).toBe(order.totalMinor);
    expect(order.totalMinor).toBe(quote.data.netMinor);
  });

  it("billed monthly, at the monthly anniversary, credits no more than the remaining commitment: never a negative order", () => {
    // 3 × M64s for a year from 15 January, returned on 15 February before the hour the second payment falls due:
    // 32 days used are worth more than the one payment made.
    const reservation = boughtMonthlyFrom(new Date("2026-01-15T10:00:00Z"), "DZH318Z0BQ8M:0001", 3);
    const at = new Date("2026-02-15T09:00:00Z");
    const exchange = (quantity: number) => ({
      reservationId: reservation.reservationId,
      quantity: 3,
      target: target({ catalogItemId: "DZH318Z0BQ3Q:0001", region: "eastus", term: "P1Y", quantity }),
    });
    const first = calculateExchange(admin(), exchange(1), at);
    if (!first.ok) throw new Error(first.reason);
    const { remainingCommitmentMinor } = first.data;
    expect(first.data.creditMinor).toBe(0);
    expect(first.data.futurePaymentsCancelledMinor).toBe(remainingCommitmentMinor);
    // Just enough B2ms (447.30 each) to cover what is returned.
    const justEnough = Math.ceil(remainingCommitmentMinor / 44_730);
    const quote = calculateExchange(admin(), exchange(justEnough), at);
    if (!quote.ok) throw new Error(quote.reason);
    expect(quote.data.coversReturn).toBe(true);
    expect(quote.data.netMinor).toBe(quote.data.newCommitmentMinor - remainingCommitmentMinor);
    expect(quote.data.netMinor).toBeGreaterThanOrEqual(0);

    const done = exchangeReservation(admin(), { ...exchange(justEnough), idempotencyKey: crypto.randomUUID() }, at);
    if (!done.ok) throw new Error(done.reason);
    const order = getDb().select().from(orders).where(eq(orders.orderId, done.data.orderId)).get()!;
    expect(order.totalMinor).toBe(quote.data.netMinor);
    const lines = getDb().select().from(orderLines).where(eq(orderLines.orderId, order.id)).all();
    expect(lines.map((l) => l.unitPriceMinor! * l.quantity).reduce((a, b) => a + b, 0)).toBe(order.totalMinor);
  });

  it("refuses a new commitment below the remaining commitment returned, and another family", () => {
    const reservation = buy(4);
    const at = addMonths(reservation.createdAt, 1);
    const smaller = {
      reservationId: reservation.reservationId,
      quantity: 4,
      target: target({ catalogItemId: "DZH318Z0BQ3Q:0001", term: "P1Y", quantity: 1 }),
    };
    expect(calculateExchange(admin(), smaller, at)).toMatchObject({ ok: true, data: { coversReturn: false } });
    const notCovered = exchangeReservation(admin(), { ...smaller, idempotencyKey: crypto.randomUUID() }, at);
    expect(notCovered).toMatchObject({
      ok: false,
      error: "conflict",
      reason: "reservations.errors.exchangeNotCovered",
    });
    expect(!notCovered.ok && describeFailure(notCovered, inEnglish).message).toContain("less than the");
    const sql = { ...smaller, target: target({ catalogItemId: "DZH318Z0BQPS:0001", region: "eastus" }) };
    const otherFamily = exchangeReservation(admin(), { ...sql, idempotencyKey: crypto.randomUUID() }, at);
    expect(otherFamily).toMatchObject({
      ok: false,
      error: "invalid_input",
      reason: "reservations.errors.exchangeFamily",
      values: { category: "virtual_machines" },
      fieldErrors: { "target.catalogItemId": [{ reason: "reservations.errors.exchangeFamily" }] },
    });
    expect(!otherFamily.ok && describeFailure(otherFamily, inEnglish).message).toBe(
      "Virtual machines reservations can be exchanged only within their family: SQL Database General Purpose, Gen5, 1 vCore is not.",
    );
    expect(getDb().select().from(reservations).where(eq(reservations.id, reservation.id)).get()?.quantity).toBe(4);
  });
});

describe("the refund pool, as seeded", () => {
  it("shows Wingtip's pool used by the refund the seed recorded 100 days ago", () => {
    const wingtip = getDb()
      .select()
      .from(reservations)
      .where(eq(reservations.region, "westeurope"))
      .all()
      .find((r) => r.productName.includes("F4s v2") && r.quantity === 2)!;
    const quote = calculateRefund(admin(), { reservationId: wingtip.reservationId, quantity: 1 });
    if (!quote.ok) throw new Error(quote.reason);
    expect(quote.data.poolLeftMinor).toBeLessThan(5_000_000);
    expect(quote.data.poolLeftMinor).toBeGreaterThan(4_900_000);
  });
});
