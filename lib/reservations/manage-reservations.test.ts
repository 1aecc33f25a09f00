import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { orderLines, orders, reservations } from "@/db/schema";
import { actorRef, customerTenantId, demo, newActivityFor, runConcurrently, subscriptionOf } from "@/testing/fixtures";
import { describeFailure, inEnglish } from "@/lib/i18n/describe";
import { changeReservationScope } from "./change-reservation-scope";
import { calculateExchange, exchangeReservation } from "./exchange-reservation";
import { purchaseReservation } from "./purchase-reservation";
import { calculateRefund, refundReservation } from "./refund-reservation";
import { setReservationAutoRenew } from "./set-reservation-auto-renew";
import { updateReservation } from "./update-reservation";
import { addMonths } from "./term-dates";

const admin = () => actorRef(demo.contosoAdmin);

const reservationById = async (id: number) => {
  const [row] = await getDb().select().from(reservations).where(eq(reservations.id, id)).limit(1);
  return row;
};
const orderById = async (id: number) => {
  const [row] = await getDb().select().from(orders).where(eq(orders.id, id)).limit(1);
  return row;
};
const orderNumbered = async (orderId: string) => {
  const [row] = await getDb().select().from(orders).where(eq(orders.orderId, orderId)).limit(1);
  return row;
};
const linesOf = (orderRowId: number) => getDb().select().from(orderLines).where(eq(orderLines.orderId, orderRowId));
const orderCount = async () => (await getDb().select().from(orders)).length;

/** A 3-year D2s v5 reservation Contoso bought for Adventure Works, up front, `quantity` of them. */
async function buy(quantity = 4, billingPlan = "upfront") {
  const bought = await purchaseReservation(await admin(), {
    customerId: await customerTenantId("Adventure Works Cycles"),
    catalogItemId: "DZH318Z0BQ4P:0001",
    region: "eastus",
    term: "P3Y",
    billingPlan,
    quantity,
    billingSubscriptionId: (await subscriptionOf("Adventure Works Cycles", "azure_plan")).subscriptionId,
    scope: "shared",
    idempotencyKey: crypto.randomUUID(),
  });
  if (!bought.ok) throw new Error(bought.reason);
  const [reservation] = await getDb()
    .select()
    .from(reservations)
    .where(eq(reservations.reservationId, bought.data.reservationId))
    .limit(1);
  return reservation;
}

/**
 * Adventure Works' reservation of `quantity` × `catalogItemId` for a year, billed monthly, its term moved to start at
 * `start` so that a test can return it on a chosen day.
 */
async function boughtMonthlyFrom(start: Date, catalogItemId: string, quantity: number) {
  const bought = await purchaseReservation(await admin(), {
    customerId: await customerTenantId("Adventure Works Cycles"),
    catalogItemId,
    region: "eastus",
    term: "P1Y",
    billingPlan: "monthly",
    quantity,
    billingSubscriptionId: (await subscriptionOf("Adventure Works Cycles", "azure_plan")).subscriptionId,
    scope: "shared",
    idempotencyKey: crypto.randomUUID(),
  });
  if (!bought.ok) throw new Error(bought.reason);
  const [moved] = await getDb()
    .update(reservations)
    .set({ createdAt: start, expiresAt: addMonths(start, 12) })
    .where(eq(reservations.reservationId, bought.data.reservationId))
    .returning();
  return moved;
}

const refund = async (
  reservationId: string,
  quantity: number,
  at: Date,
  idempotencyKey: string = crypto.randomUUID(),
) => refundReservation(await admin(), { reservationId, quantity, idempotencyKey }, at);

/**
 * Four NC6s v3 for a year, bought up front by Adventure Works: two units come to about USD 37,900 of commitment, so
 * either of two refunds of two fits in the USD 50,000 pool alone, and both together do not.
 */
async function buyFourGpus() {
  const gpu = await purchaseReservation(await admin(), {
    customerId: await customerTenantId("Adventure Works Cycles"),
    catalogItemId: "DZH318Z0BQ7B:0001",
    region: "eastus",
    term: "P1Y",
    billingPlan: "upfront",
    quantity: 4,
    billingSubscriptionId: (await subscriptionOf("Adventure Works Cycles", "azure_plan")).subscriptionId,
    scope: "shared",
    idempotencyKey: crypto.randomUUID(),
  });
  if (!gpu.ok) throw new Error(gpu.reason);
  return gpu;
}

describe("refundReservation", () => {
  it("gives back part of a reservation as a refund order with a negative line; the rest goes on", async () => {
    const reservation = await buy(4);
    const at = addMonths(reservation.createdAt, 12);
    const quote = await calculateRefund(await admin(), { reservationId: reservation.reservationId, quantity: 1 }, at);
    if (!quote.ok) throw new Error(quote.reason);
    expect(quote.data.poolLeftMinor).toBe(5_000_000);
    expect(quote.data.refundMinor).toBe(quote.data.cancelledCommitmentMinor);

    const done = await refund(reservation.reservationId, 1, at);
    if (!done.ok) throw new Error(done.reason);
    expect(done.data.refundMinor).toBe(quote.data.refundMinor);
    const order = await orderNumbered(done.data.orderId);
    const [line] = await linesOf(order.id);
    expect(order.totalMinor).toBe(-quote.data.refundMinor);
    expect(line.unitPriceMinor! * line.quantity).toBe(order.totalMinor);
    expect(line.cancelledCommitmentMinor).toBe(quote.data.cancelledCommitmentMinor);
    const after = await reservationById(reservation.id);
    expect(after).toMatchObject({ quantity: 3, status: "active" });
    expect((await newActivityFor("Adventure Works Cycles")).map((e) => e.operationType)).toContain(
      "refund_reservation",
    );

    const rest = await calculateRefund(await admin(), { reservationId: reservation.reservationId, quantity: 3 }, at);
    expect(rest).toMatchObject({ ok: true, data: { poolLeftMinor: 5_000_000 - quote.data.cancelledCommitmentMinor } });
  });

  it("cancels a reservation returned whole, once per idempotency key", async () => {
    const reservation = await buy(2);
    const key = crypto.randomUUID();
    const at = addMonths(reservation.createdAt, 1);
    const first = await refund(reservation.reservationId, 2, at, key);
    expect(await refund(reservation.reservationId, 2, at, key)).toEqual(first);
    expect((await reservationById(reservation.id)).status).toBe("cancelled");
    expect(await refund(reservation.reservationId, 1, at)).toMatchObject({ ok: false, error: "conflict" });
  });

  it("billed monthly, cancels the payments not yet due with the refund: the orders add up to what is really owed", async () => {
    const reservation = await buy(2, "monthly");
    const purchase = await orderById(reservation.orderId);
    // Half-way through the 18th month of 36: 18 payments made.
    const at = new Date(addMonths(reservation.createdAt, 17).getTime() + 15 * 24 * 60 * 60 * 1000);
    const quote = await calculateRefund(await admin(), { reservationId: reservation.reservationId, quantity: 2 }, at);
    if (!quote.ok) throw new Error(quote.reason);
    expect(quote.data.futurePaymentsCancelledMinor).toBeGreaterThan(0);
    // The refund and the cancelled payments are, between them, the remaining commitment.
    expect(quote.data.refundMinor + quote.data.futurePaymentsCancelledMinor).toBe(quote.data.cancelledCommitmentMinor);

    const done = await refund(reservation.reservationId, 2, at);
    if (!done.ok) throw new Error(done.reason);
    expect(done.data).toMatchObject({
      refundMinor: quote.data.refundMinor,
      futurePaymentsCancelledMinor: quote.data.futurePaymentsCancelledMinor,
    });
    const order = await orderNumbered(done.data.orderId);
    const lines = await linesOf(order.id);
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
    expect(await refund(reservation.reservationId, 1, at)).toMatchObject({ ok: false, error: "conflict" });
  });

  it("billed monthly, refunds from what the order billed: 2 × 447.30 USD is billed 12 × 74.55, not per unit", async () => {
    // B2ms for a year: 426.00 USD at list, Contoso's +5%: 447.30 a unit.
    const reservation = await boughtMonthlyFrom(new Date("2026-03-01T10:00:00Z"), "DZH318Z0BQ3Q:0001", 2);
    const purchase = await orderById(reservation.orderId);
    expect(purchase.totalMinor).toBe(89_460); // billed 12 × 74.55
    // 15 days used of 365: one payment of 74.55 made, eleven still to be billed.
    const at = new Date(reservation.createdAt.getTime() + 14 * 24 * 60 * 60 * 1000);
    const quote = await calculateRefund(await admin(), { reservationId: reservation.reservationId, quantity: 2 }, at);
    const remaining = 2 * Math.round((44_730 * 350) / 365); // 85,784: the remaining commitment, a unit at a time
    expect(quote).toMatchObject({
      ok: true,
      data: { cancelledCommitmentMinor: remaining, futurePaymentsCancelledMinor: 11 * 7_455 },
    });
    // Paid 74.55, used 15 days' worth (36.76): 37.79 back. Per unit it came to 2 × 18.90, a cent too much.
    expect(quote.ok && quote.data.refundMinor).toBe(remaining - 11 * 7_455);
    expect(quote.ok && quote.data.refundMinor).toBe(3_779);

    const done = await refund(reservation.reservationId, 2, at);
    if (!done.ok) throw new Error(done.reason);
    expect(done.data).toMatchObject({ refundMinor: 3_779, futurePaymentsCancelledMinor: 82_005 });
    const order = await orderNumbered(done.data.orderId);
    const lines = await linesOf(order.id);
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

  it("refuses a refund over what is left of the USD 50,000 pool, saying how much is left", async () => {
    // M64s: 66,110 USD for 3 years; 10 of them at 5% over list is far beyond the pool.
    const big = await purchaseReservation(await admin(), {
      customerId: await customerTenantId("Adventure Works Cycles"),
      catalogItemId: "DZH318Z0BQ8M:0001",
      region: "eastus",
      term: "P3Y",
      billingPlan: "upfront",
      quantity: 2,
      billingSubscriptionId: (await subscriptionOf("Adventure Works Cycles", "azure_plan")).subscriptionId,
      scope: "shared",
      idempotencyKey: crypto.randomUUID(),
    });
    if (!big.ok) throw new Error(big.reason);
    const before = await orderCount();
    const refused = await refund(big.data.reservationId, 1, new Date());
    expect(refused).toMatchObject({
      ok: false,
      error: "conflict",
      reason: "reservations.errors.overRefundLimit",
      values: { left: { amountMinor: 5_000_000, currency: "USD" }, customer: "Adventure Works Cycles" },
    });
    expect(!refused.ok && describeFailure(refused, inEnglish).message).toMatch(
      /but only \$50,000\.00 of the USD 50,000 refund limit is left for Adventure Works/,
    );
    expect(await orderCount()).toBe(before);
  });

  it("counts a refund recorded with a later time than its own: the one that waited took its time first", async () => {
    // Two refunds at once: the second waits for the first's transaction, and took its time (by its own machine's
    // clock) a moment before the first did. The first must still count against the pool.
    const gpu = await buyFourGpus();
    const first = new Date();
    expect(await refund(gpu.data.reservationId, 2, new Date(first.getTime() + 5))).toMatchObject({ ok: true });
    expect(await refund(gpu.data.reservationId, 2, first)).toMatchObject({
      ok: false,
      error: "conflict",
      reason: "reservations.errors.overRefundLimit",
    });
  });

  it("never overdraws the pool when two refunds arrive from two processes at the same moment", async () => {
    // Exactly one of the two may go through, whichever engine runs them.
    const gpu = await buyFourGpus();
    const before = await orderCount();
    const results = await runConcurrently(
      "refundReservation",
      await admin(),
      () => ({ reservationId: gpu.data.reservationId, quantity: 2, idempotencyKey: crypto.randomUUID() }),
      2,
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([
      { error: "conflict", reason: "reservations.errors.overRefundLimit" },
    ]);
    expect(await orderCount()).toBe(before + 1);
    const [left] = await getDb()
      .select({ quantity: reservations.quantity })
      .from(reservations)
      .where(eq(reservations.reservationId, gpu.data.reservationId));
    expect(left.quantity).toBe(2);
  });

  it("is for the partner's Admin agents only, and another partner's reservation is not found", async () => {
    const reservation = await buy(1);
    const input = { reservationId: reservation.reservationId, quantity: 1, idempotencyKey: crypto.randomUUID() };
    expect(await refundReservation(await actorRef(demo.contosoSales), input)).toMatchObject({ error: "forbidden" });
    expect(await refundReservation(await actorRef(demo.fabrikamAdmin), input)).toMatchObject({ error: "not_found" });
    expect(await refundReservation(await admin(), { ...input, quantity: 2 })).toMatchObject({ error: "invalid_input" });
  });
});

describe("changeReservationScope and setReservationAutoRenew", () => {
  it("re-scope to a resource group of the customer's subscription, with an entry; no money moves", async () => {
    const reservation = await buy(1);
    const ordersBefore = await orderCount();
    const subscriptionId = (await subscriptionOf("Adventure Works Cycles", "azure_plan")).subscriptionId;
    const input = {
      reservationId: reservation.reservationId,
      scope: "resource_group",
      subscriptionId,
      resourceGroup: "rg-web",
    };
    expect(await changeReservationScope(await admin(), input)).toEqual({ ok: true, data: { changed: true } });
    expect(await changeReservationScope(await admin(), input)).toEqual({ ok: true, data: { changed: false } });
    expect(await reservationById(reservation.id)).toMatchObject({
      scope: "resource_group",
      resourceGroup: "rg-web",
    });
    expect(await orderCount()).toBe(ordersBefore);
    expect(await changeReservationScope(await admin(), { ...input, resourceGroup: "bad name." })).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
    const otherCustomers = (await subscriptionOf("Wingtip Toys", "azure_plan")).subscriptionId;
    expect(await changeReservationScope(await admin(), { ...input, subscriptionId: otherCustomers })).toMatchObject({
      ok: false,
      error: "not_found",
    });
  });

  it("turn auto-renew on and off, Admin agents only", async () => {
    const reservation = await buy(1);
    const input = { reservationId: reservation.reservationId, autoRenew: true };
    expect(await setReservationAutoRenew(await admin(), input)).toEqual({
      ok: true,
      data: { autoRenew: true, changed: true },
    });
    expect(
      await setReservationAutoRenew(await actorRef(demo.contosoHelpdesk), { ...input, autoRenew: false }),
    ).toMatchObject({
      error: "forbidden",
    });
    expect((await reservationById(reservation.id)).autoRenew).toBe(true);
  });
});

describe("updateReservation (the API's PATCH)", () => {
  it("changes scope and auto-renew together, or neither when one part is refused", async () => {
    const reservation = await buy(1);
    const subscriptionId = (await subscriptionOf("Adventure Works Cycles", "azure_plan")).subscriptionId;
    const scope = { scope: "single", subscriptionId };
    const entriesBefore = (await newActivityFor("Adventure Works Cycles")).length;
    // The scope part is valid and is written first; the auto-renew part is refused after it: both are rolled back.
    const refused = await updateReservation(await admin(), {
      reservationId: reservation.reservationId,
      scope,
      autoRenew: "yes",
    });
    expect(refused).toMatchObject({ ok: false, error: "invalid_input" });
    expect(await reservationById(reservation.id)).toMatchObject({
      scope: "shared",
      autoRenew: false,
    });
    expect(await newActivityFor("Adventure Works Cycles")).toHaveLength(entriesBefore);

    const done = await updateReservation(await admin(), {
      reservationId: reservation.reservationId,
      scope,
      autoRenew: true,
    });
    expect(done).toEqual({ ok: true, data: { changed: true } });
    expect(await reservationById(reservation.id)).toMatchObject({
      scope: "single",
      autoRenew: true,
    });
    expect(await newActivityFor("Adventure Works Cycles")).toHaveLength(entriesBefore + 2);
  });
});

describe("exchangeReservation", () => {
  const target = async (overrides: object = {}) => ({
    catalogItemId: "DZH318Z0BQ4P:0002", // D4s v5: compute, like the D2s v5 returned
    region: "westeurope",
    term: "P3Y",
    billingPlan: "upfront",
    quantity: 2,
    billingSubscriptionId: (await subscriptionOf("Adventure Works Cycles", "azure_plan")).subscriptionId,
    scope: "shared",
    ...overrides,
  });

  it("returns part of a reservation for a bigger one: one order with the credit and the new charge, a new term", async () => {
    const reservation = await buy(4);
    const at = addMonths(reservation.createdAt, 6);
    const input = { reservationId: reservation.reservationId, quantity: 2, target: await target() };
    const quote = await calculateExchange(await admin(), input, at);
    if (!quote.ok) throw new Error(quote.reason);
    expect(quote.data.coversReturn).toBe(true);

    const done = await exchangeReservation(await admin(), { ...input, idempotencyKey: crypto.randomUUID() }, at);
    if (!done.ok) throw new Error(done.reason);
    expect(done.data.netMinor).toBe(quote.data.newCommitmentMinor - quote.data.creditMinor);
    const order = await orderNumbered(done.data.orderId);
    const lines = await linesOf(order.id);
    expect(lines.map((l) => l.unitPriceMinor! * l.quantity).reduce((a, b) => a + b, 0)).toBe(order.totalMinor);
    expect(lines.every((l) => l.cancelledCommitmentMinor === null)).toBe(true); // exchanges use no refund pool
    const [bought] = await getDb()
      .select()
      .from(reservations)
      .where(eq(reservations.reservationId, done.data.reservationId))
      .limit(1);
    expect(bought).toMatchObject({ quantity: 2, region: "westeurope", exchangedFromReservationId: reservation.id });
    expect(bought.expiresAt).toEqual(addMonths(at, 36));
    expect(await reservationById(reservation.id)).toMatchObject({
      quantity: 2,
      status: "active",
    });
    expect((await newActivityFor("Adventure Works Cycles")).map((e) => e.operationType)).toContain(
      "exchange_reservation",
    );
  });

  it("billed monthly, nets the cancelled payments not yet due into the exchange order", async () => {
    const reservation = await buy(2, "monthly");
    const at = addMonths(reservation.createdAt, 10);
    const input = { reservationId: reservation.reservationId, quantity: 2, target: await target() };
    const quote = await calculateExchange(await admin(), input, at);
    if (!quote.ok) throw new Error(quote.reason);
    const { creditMinor, futurePaymentsCancelledMinor, newCommitmentMinor, remainingCommitmentMinor } = quote.data;
    expect(futurePaymentsCancelledMinor).toBeGreaterThan(0);
    expect(creditMinor + futurePaymentsCancelledMinor).toBe(remainingCommitmentMinor);
    expect(quote.data.netMinor).toBe(newCommitmentMinor - remainingCommitmentMinor);
    const done = await exchangeReservation(await admin(), { ...input, idempotencyKey: crypto.randomUUID() }, at);
    if (!done.ok) throw new Error(done.reason);
    const order = await orderNumbered(done.data.orderId);
    const lines = await linesOf(order.id);
    // The new reservation, the credit, the cancelled payments (a second line of a kind when a cent is left over).
    expect([...new Set(lines.map((l) => l.offerName))]).toEqual([
      "Virtual machine D4s v5 (general purpose, 4 vCPU, 16 GiB) reservation",
      "Virtual machine D2s v5 (general purpose, 2 vCPU, 8 GiB) reservation returned in exchange",
      "Virtual machine D2s v5 (general purpose, 2 vCPU, 8 GiB) reservation: monthly payments not yet due, cancelled",
    ]);
    expect(lines.map((l) => l.unitPriceMinor! * l.quantity).reduce((a, b) => a + b, 0)).toBe(order.totalMinor);
    expect(order.totalMinor).toBe(quote.data.netMinor);
  });

  it("billed monthly, at the monthly anniversary, credits no more than the remaining commitment: never a negative order", async () => {
    // 3 × M64s for a year from 15 January, returned on 15 February before the hour the second payment falls due:
    // 32 days used are worth more than the one payment made.
    const reservation = await boughtMonthlyFrom(new Date("2026-01-15T10:00:00Z"), "DZH318Z0BQ8M:0001", 3);
    const at = new Date("2026-02-15T09:00:00Z");
    const exchange = async (quantity: number) => ({
      reservationId: reservation.reservationId,
      quantity: 3,
      target: await target({ catalogItemId: "DZH318Z0BQ3Q:0001", region: "eastus", term: "P1Y", quantity }),
    });
    const first = await calculateExchange(await admin(), await exchange(1), at);
    if (!first.ok) throw new Error(first.reason);
    const { remainingCommitmentMinor } = first.data;
    expect(first.data.creditMinor).toBe(0);
    expect(first.data.futurePaymentsCancelledMinor).toBe(remainingCommitmentMinor);
    // Just enough B2ms (447.30 each) to cover what is returned.
    const justEnough = Math.ceil(remainingCommitmentMinor / 44_730);
    const quote = await calculateExchange(await admin(), await exchange(justEnough), at);
    if (!quote.ok) throw new Error(quote.reason);
    expect(quote.data.coversReturn).toBe(true);
    expect(quote.data.netMinor).toBe(quote.data.newCommitmentMinor - remainingCommitmentMinor);
    expect(quote.data.netMinor).toBeGreaterThanOrEqual(0);

    const done = await exchangeReservation(
      await admin(),
      { ...(await exchange(justEnough)), idempotencyKey: crypto.randomUUID() },
      at,
    );
    if (!done.ok) throw new Error(done.reason);
    const order = await orderNumbered(done.data.orderId);
    expect(order.totalMinor).toBe(quote.data.netMinor);
    const lines = await linesOf(order.id);
    expect(lines.map((l) => l.unitPriceMinor! * l.quantity).reduce((a, b) => a + b, 0)).toBe(order.totalMinor);
  });

  it("refuses a new commitment below the remaining commitment returned, and another family", async () => {
    const reservation = await buy(4);
    const at = addMonths(reservation.createdAt, 1);
    const smaller = {
      reservationId: reservation.reservationId,
      quantity: 4,
      target: await target({ catalogItemId: "DZH318Z0BQ3Q:0001", term: "P1Y", quantity: 1 }),
    };
    expect(await calculateExchange(await admin(), smaller, at)).toMatchObject({
      ok: true,
      data: { coversReturn: false },
    });
    const notCovered = await exchangeReservation(
      await admin(),
      { ...smaller, idempotencyKey: crypto.randomUUID() },
      at,
    );
    expect(notCovered).toMatchObject({
      ok: false,
      error: "conflict",
      reason: "reservations.errors.exchangeNotCovered",
    });
    expect(!notCovered.ok && describeFailure(notCovered, inEnglish).message).toContain("less than the");
    const sql = { ...smaller, target: await target({ catalogItemId: "DZH318Z0BQPS:0001", region: "eastus" }) };
    const otherFamily = await exchangeReservation(await admin(), { ...sql, idempotencyKey: crypto.randomUUID() }, at);
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
    expect((await reservationById(reservation.id)).quantity).toBe(4);
  });
});

describe("the refund pool, as seeded", () => {
  it("shows Wingtip's pool used by the refund the seed recorded 100 days ago", async () => {
    const wingtip = (await getDb().select().from(reservations).where(eq(reservations.region, "westeurope"))).find(
      (r) => r.productName.includes("F4s v2") && r.quantity === 2,
    )!;
    const quote = await calculateRefund(await admin(), { reservationId: wingtip.reservationId, quantity: 1 });
    if (!quote.ok) throw new Error(quote.reason);
    expect(quote.data.poolLeftMinor).toBeLessThan(5_000_000);
    expect(quote.data.poolLeftMinor).toBeGreaterThan(4_900_000);
  });
});
