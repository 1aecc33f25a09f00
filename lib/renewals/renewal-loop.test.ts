import { eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { customers, notifications, orderLines, orders, reservations, savingsPlans, subscriptions } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import { newActivityFor } from "@/testing/fixtures";
import { renewDueReservations, renewReservation } from "@/lib/reservations/renew-reservations";
import { addMonths } from "@/lib/reservations/term-dates";
import { renewDueSavingsPlans, renewSavingsPlan } from "@/lib/savings-plans/renew-savings-plans";
import { lifetimeCommitmentMinor } from "@/lib/savings-plans/savings-plan-rules";

/** Tailspin Toys' seeded reservation: two E4s v5 for a year, paid upfront, auto-renew on, expired. */
async function tailspinReservation() {
  const [row] = await getDb().select().from(reservations).where(eq(reservations.autoRenew, true)).limit(1);
  return row;
}

/** Coho Vineyard's seeded savings plan (2.500 an hour for three years, monthly), with auto-renew turned on. */
async function cohoPlanRenewing() {
  const [coho] = await getDb().select().from(customers).where(eq(customers.companyName, "Coho Vineyard")).limit(1);
  const [plan] = await getDb().select().from(savingsPlans).where(eq(savingsPlans.customerId, coho.id)).limit(1);
  await getDb().update(savingsPlans).set({ autoRenew: true }).where(eq(savingsPlans.id, plan.id));
  return { coho, plan: { ...plan, autoRenew: true } };
}

const customerOf = async (id: number) =>
  (await getDb().select().from(customers).where(eq(customers.id, id)).limit(1))[0];
const linesOf = (orderId: number) => getDb().select().from(orderLines).where(eq(orderLines.orderId, orderId));
const orderById = async (id: number) => (await getDb().select().from(orders).where(eq(orders.id, id)).limit(1))[0];
const afterEnd = (expiresAt: Date) => new Date(expiresAt.getTime() + 60_000);

describe("the renewal loop, for reservations and savings plans alike", () => {
  it("buys a reservation again on its own order, with one line and one Create Order entry", async () => {
    const old = await tailspinReservation();
    expect(await renewDueReservations()).toEqual({ renewed: 1, no_longer_due: 0, not_renewed: 0, failed: 0 });
    const [renewed] = await getDb().select().from(reservations).where(isNotNull(reservations.renewalOfReservationId));
    expect(renewed).toMatchObject({
      displayName: `${old.displayName}_renewed`,
      region: old.region,
      billingPlan: "upfront",
      billingSubscriptionId: old.billingSubscriptionId,
      renewalOfReservationId: old.id,
    });
    const order = await orderById(renewed.orderId);
    expect(order).toMatchObject({ customerId: old.customerId, currency: "USD", totalMinor: 2 * 145_635 });
    expect(await linesOf(order.id)).toEqual([
      expect.objectContaining({
        offerId: old.catalogItemId,
        offerName: `${old.productName} reservation renewal`,
        quantity: 2,
        unitPriceMinor: 145_635,
        termDuration: "P1Y",
        billingCycle: "one_time",
        subscriptionId: old.billingSubscriptionId,
        reservationId: renewed.id,
      }),
    ]);
    const [entry] = await newActivityFor("Tailspin Toys");
    expect(entry).toMatchObject({ operationType: "create_order", resourceType: "order", oldValue: null });
    expect(entry.newValue).toBe(
      JSON.stringify({
        id: order.orderId,
        channel: "auto_renewal",
        renewalOf: old.reservationId,
        reservationId: renewed.reservationId,
        lineItems: [{ catalogItemId: old.catalogItemId, quantity: 2, termDuration: "P1Y" }],
        total: { amountMinor: 2 * 145_635, currency: "USD" },
      }),
    );
  });

  it("buys a savings plan again on its own order, with one line and one Create Order entry", async () => {
    const { plan } = await cohoPlanRenewing();
    expect(await renewDueSavingsPlans(afterEnd(plan.expiresAt))).toMatchObject({ renewed: 1 });
    const [renewed] = await getDb().select().from(savingsPlans).where(isNotNull(savingsPlans.renewalOfSavingsPlanId));
    expect(renewed).toMatchObject({
      displayName: `${plan.displayName}_renewed`,
      billingPlan: "monthly",
      scope: plan.scope,
      expiresAt: addMonths(plan.expiresAt, 36),
    });
    const totalMinor = Math.round(lifetimeCommitmentMinor(2500, "P3Y") * 1.03);
    const order = await orderById(renewed.orderId);
    expect(order).toMatchObject({ customerId: plan.customerId, placedByEmail: "Auto-renewal", currency: "USD" });
    expect(await linesOf(order.id)).toEqual([
      expect.objectContaining({
        offerId: "CFQ7TTC0LM0X:0002",
        offerName: "Azure savings plan for compute, 2.500 USD/hour, renewal",
        quantity: 1,
        unitPriceMinor: totalMinor,
        termDuration: "P3Y",
        billingCycle: "monthly",
        subscriptionId: plan.billingSubscriptionId,
        reservationId: null,
      }),
    ]);
    const [entry] = await newActivityFor("Coho Vineyard");
    expect(entry).toMatchObject({ operationType: "create_order", resourceType: "order", actorEmail: "Auto-renewal" });
    expect(entry.newValue).toBe(
      JSON.stringify({
        id: order.orderId,
        channel: "auto_renewal",
        renewalOf: plan.savingsPlanId,
        savingsPlanId: renewed.savingsPlanId,
        lineItems: [{ catalogItemId: "CFQ7TTC0LM0X:0002", termDuration: "P3Y" }],
        total: { amountMinor: totalMinor, currency: "USD" },
      }),
    );
  });

  it("tells the partner in each one's own words when it cannot be renewed", async () => {
    const reservation = await tailspinReservation();
    const { coho, plan } = await cohoPlanRenewing();
    for (const subscriptionId of [reservation.billingSubscriptionId, plan.billingSubscriptionId]) {
      await getDb().update(subscriptions).set({ status: "suspended" }).where(eq(subscriptions.id, subscriptionId));
    }
    const now = afterEnd(plan.expiresAt);
    expect(await renewDueReservations(now)).toMatchObject({ not_renewed: 1 });
    expect(await renewDueSavingsPlans(now)).toMatchObject({ not_renewed: 1 });

    const [tailspinTold] = await getDb()
      .select()
      .from(notifications)
      .where(eq(notifications.customerId, reservation.customerId));
    expect(tailspinTold).toMatchObject({
      kind: "reservation_not_renewed",
      link: `/customers/${(await customerOf(reservation.customerId)).tenantId}/reservations/${reservation.reservationId}`,
    });
    // The words are put together from params in the reader's language: their names are what the messages use.
    expect(tailspinTold.params).toEqual({
      customer: "Tailspin Toys",
      reservation: reservation.displayName,
      quantity: 2,
      product: reservation.productName,
      expiredAt: reservation.expiresAt.getTime(),
      reason: "billing_subscription_not_active",
    });
    const [cohoTold] = await getDb().select().from(notifications).where(eq(notifications.customerId, coho.id));
    expect(cohoTold).toMatchObject({
      kind: "savings_plan_not_renewed",
      link: `/customers/${coho.tenantId}/savings-plans/${plan.savingsPlanId}`,
      createdAt: now,
    });
    expect(cohoTold.params).toEqual({
      customer: "Coho Vineyard",
      savingsPlan: plan.displayName,
      expiredAt: plan.expiresAt.getTime(),
      reason: "billing_subscription_not_active",
    });
    expect(await newActivityFor("Coho Vineyard")).toEqual([
      expect.objectContaining({
        operationType: "update_savings_plan",
        resourceType: "savings_plan",
        oldValue: JSON.stringify({ id: plan.savingsPlanId, autoRenew: true }),
      }),
    ]);
    expect((await newActivityFor("Tailspin Toys")).map((e) => e.resourceType)).toEqual(["reservation"]);
  });

  it("finds one no longer due when it was cancelled or had auto-renew turned off after the job found it", async () => {
    const reservation = await tailspinReservation();
    await getDb().update(reservations).set({ status: "cancelled" }).where(eq(reservations.id, reservation.id));
    expect(await writeTransaction((tx) => renewReservation(tx, reservation, new Date()))).toBe("no_longer_due");

    const { plan } = await cohoPlanRenewing();
    await getDb().update(savingsPlans).set({ autoRenew: false }).where(eq(savingsPlans.id, plan.id));
    expect(await writeTransaction((tx) => renewSavingsPlan(tx, plan, afterEnd(plan.expiresAt)))).toBe("no_longer_due");
    expect(await getDb().select().from(orders).where(eq(orders.channel, "auto_renewal"))).toEqual([]);
    expect(await getDb().select().from(notifications).where(eq(notifications.kind, "reservation_not_renewed"))).toEqual(
      [],
    );
    expect([...(await newActivityFor("Tailspin Toys")), ...(await newActivityFor("Coho Vineyard"))]).toEqual([]);
  });
});
