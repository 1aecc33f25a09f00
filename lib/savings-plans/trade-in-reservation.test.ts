import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { orderLines, orders, reservations, savingsPlans } from "@/db/schema";
import { actorRef, customerTenantId, demo, newActivityFor, subscriptionOf } from "@/testing/fixtures";
import { purchaseReservation } from "@/lib/reservations/purchase-reservation";
import { addMonths } from "@/lib/reservations/term-dates";
import { calculateTradeIn, tradeInReservation } from "./trade-in-reservation";

const admin = () => actorRef(demo.contosoAdmin);

async function buy(catalogItemId: string, quantity = 2) {
  const bought = await purchaseReservation(await admin(), {
    customerId: await customerTenantId("Adventure Works Cycles"),
    catalogItemId,
    region: "eastus",
    term: "P1Y",
    billingPlan: "upfront",
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

const savingsPlan = (hourlyCommitment: string) => ({ hourlyCommitment, term: "P1Y", billingPlan: "monthly" });

describe("tradeInReservation", () => {
  it("refuses a savings plan below the returned remaining commitment, then trades in: one order, no refund pool", async () => {
    const reservation = await buy("DZH318Z0BQ4P:0001"); // D2s v5: compute
    const at = addMonths(reservation.createdAt, 3);
    const input = { reservationId: reservation.reservationId, quantity: 2 };
    const small = await calculateTradeIn(await admin(), { ...input, savingsPlan: savingsPlan("0.010") }, at);
    expect(small).toMatchObject({ ok: true, data: { coversReturn: false } });
    if (!small.ok) throw new Error(small.reason);
    expect(
      await tradeInReservation(
        await admin(),
        { ...input, savingsPlan: savingsPlan("0.010"), idempotencyKey: crypto.randomUUID() },
        at,
      ),
    ).toMatchObject({
      ok: false,
      error: "conflict",
      reason: "savingsPlans.errors.tradeInTooSmall",
      values: {
        commitment: { amountMinor: small.data.newCommitmentMinor, currency: "USD" },
        remaining: { amountMinor: small.data.remainingCommitmentMinor, currency: "USD" },
      },
    });

    const quote = await calculateTradeIn(await admin(), { ...input, savingsPlan: savingsPlan("0.200") }, at);
    if (!quote.ok) throw new Error(quote.reason);
    expect(quote.data.coversReturn).toBe(true);
    const key = crypto.randomUUID();
    const done = await tradeInReservation(
      await admin(),
      { ...input, savingsPlan: savingsPlan("0.200"), idempotencyKey: key },
      at,
    );
    if (!done.ok) throw new Error(done.reason);
    expect(
      await tradeInReservation(await admin(), { ...input, savingsPlan: savingsPlan("0.200"), idempotencyKey: key }, at),
    ).toEqual(done);
    const [order] = await getDb().select().from(orders).where(eq(orders.orderId, done.data.orderId)).limit(1);
    const lines = await getDb().select().from(orderLines).where(eq(orderLines.orderId, order.id));
    expect(lines.map((l) => l.unitPriceMinor! * l.quantity).reduce((a, b) => a + b, 0)).toBe(order.totalMinor);
    expect(order.totalMinor).toBe(quote.data.netMinor);
    expect(lines.every((l) => l.cancelledCommitmentMinor === null)).toBe(true); // a trade-in uses no refund pool
    const [returned] = await getDb().select().from(reservations).where(eq(reservations.id, reservation.id)).limit(1);
    expect(returned).toMatchObject({ quantity: 0, status: "exchanged" });
    const [plan] = await getDb()
      .select()
      .from(savingsPlans)
      .where(eq(savingsPlans.savingsPlanId, done.data.savingsPlanId))
      .limit(1);
    expect(plan).toMatchObject({ tradedInReservationId: reservation.id, hourlyCommitmentMills: 200, scope: "shared" });
    expect((await newActivityFor("Adventure Works Cycles")).map((e) => e.operationType)).toContain(
      "trade_in_reservation",
    );
  });

  it("billed monthly, at the monthly anniversary, credits no more than the remaining commitment: never a negative order", async () => {
    // 3 × M64s for a year from 15 January, billed monthly, traded in on 15 February before the hour the second
    // payment falls due: the 32 days used are worth more than the one payment made.
    const bought = await purchaseReservation(await admin(), {
      customerId: await customerTenantId("Adventure Works Cycles"),
      catalogItemId: "DZH318Z0BQ8M:0001",
      region: "eastus",
      term: "P1Y",
      billingPlan: "monthly",
      quantity: 3,
      billingSubscriptionId: (await subscriptionOf("Adventure Works Cycles", "azure_plan")).subscriptionId,
      scope: "shared",
      idempotencyKey: crypto.randomUUID(),
    });
    if (!bought.ok) throw new Error(bought.reason);
    const start = new Date("2026-01-15T10:00:00Z");
    await getDb()
      .update(reservations)
      .set({ createdAt: start, expiresAt: addMonths(start, 12) })
      .where(eq(reservations.reservationId, bought.data.reservationId));
    const at = new Date("2026-02-15T09:00:00Z");
    const input = (mills: number) => ({
      reservationId: bought.data.reservationId,
      quantity: 3,
      savingsPlan: savingsPlan((mills / 1000).toFixed(3)),
    });
    const first = await calculateTradeIn(await admin(), input(1000), at);
    if (!first.ok) throw new Error(first.reason);
    const { remainingCommitmentMinor } = first.data;
    // The smallest savings plan that covers what is returned (a thousandth an hour for a year: 8.76 USD at list).
    let mills = Math.floor(remainingCommitmentMinor / 876 / 1.03);
    let quote = await calculateTradeIn(await admin(), input(mills), at);
    while (quote.ok && !quote.data.coversReturn) quote = await calculateTradeIn(await admin(), input(++mills), at);
    if (!quote.ok) throw new Error(quote.reason);
    expect(quote.data.creditMinor + quote.data.futurePaymentsCancelledMinor).toBe(remainingCommitmentMinor);
    expect(quote.data.netMinor).toBe(quote.data.newCommitmentMinor - remainingCommitmentMinor);
    expect(quote.data.netMinor).toBeGreaterThanOrEqual(0);

    const done = await tradeInReservation(await admin(), { ...input(mills), idempotencyKey: crypto.randomUUID() }, at);
    if (!done.ok) throw new Error(done.reason);
    expect(done.data.netMinor).toBe(quote.data.netMinor);
    const [order] = await getDb().select().from(orders).where(eq(orders.orderId, done.data.orderId)).limit(1);
    const lines = await getDb().select().from(orderLines).where(eq(orderLines.orderId, order.id));
    expect(lines.map((l) => l.unitPriceMinor! * l.quantity).reduce((a, b) => a + b, 0)).toBe(order.totalMinor);
  });

  it("trades in compute reservations only, for Admin agents only", async () => {
    const sql = await buy("DZH318Z0BQPS:0001", 1); // SQL Database: not compute
    const input = { reservationId: sql.reservationId, quantity: 1, savingsPlan: savingsPlan("5.000") };
    expect(await calculateTradeIn(await admin(), input)).toMatchObject({
      ok: false,
      reason: "savingsPlans.errors.notCompute",
      values: { product: "SQL Database General Purpose, Gen5, 1 vCore" },
    });
    const vm = await buy("DZH318Z0BQ4P:0001", 1);
    const sales = { reservationId: vm.reservationId, quantity: 1, savingsPlan: savingsPlan("5.000") };
    expect(
      await tradeInReservation(await actorRef(demo.contosoSales), { ...sales, idempotencyKey: crypto.randomUUID() }),
    ).toMatchObject({ error: "forbidden" });
    expect(await calculateTradeIn(await actorRef(demo.fabrikamAdmin), sales)).toMatchObject({ error: "not_found" });
  });
});
