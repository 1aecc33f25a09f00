import { eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { customers, notifications, orders, savingsPlans, subscriptions } from "@/db/schema";
import { actorRef, demo, newActivityFor, subscriptionOf } from "@/testing/fixtures";
import { changeSavingsPlanScope, setSavingsPlanAutoRenew } from "./manage-savings-plan";
import { renewDueSavingsPlans } from "./renew-savings-plans";
import { lifetimeCommitmentMinor } from "./savings-plan-rules";

const admin = () => actorRef(demo.contosoAdmin);

/** Coho Vineyard's seeded savings plan: 2.500 an hour for three years, bought by its Owner, scope shared. */
async function cohoPlan() {
  const [coho] = await getDb().select().from(customers).where(eq(customers.companyName, "Coho Vineyard")).limit(1);
  const [plan] = await getDb().select().from(savingsPlans).where(eq(savingsPlans.customerId, coho.id)).limit(1);
  return plan;
}

describe("managing savings plans", () => {
  it("re-scopes a savings plan to one subscription, with an entry; no money moves; Admin agents only", async () => {
    const plan = await cohoPlan();
    const ordersBefore = (await getDb().select().from(orders)).length;
    const input = {
      savingsPlanId: plan.savingsPlanId,
      scope: "single",
      subscriptionId: (await subscriptionOf("Coho Vineyard", "azure_plan")).subscriptionId,
    };
    expect(await changeSavingsPlanScope(await actorRef(demo.contosoSales), input)).toMatchObject({
      error: "forbidden",
    });
    expect(await changeSavingsPlanScope(await actorRef(demo.fabrikamAdmin), input)).toMatchObject({
      error: "not_found",
    });
    expect(await changeSavingsPlanScope(await admin(), input)).toEqual({ ok: true, data: { changed: true } });
    expect(await changeSavingsPlanScope(await admin(), input)).toEqual({ ok: true, data: { changed: false } });
    expect(await cohoPlan()).toMatchObject({ scope: "single", scopeSubscriptionId: expect.any(Number) });
    expect(await getDb().select().from(orders)).toHaveLength(ordersBefore);
    expect((await newActivityFor("Coho Vineyard")).map((e) => e.operationType)).toEqual(["update_savings_plan"]);
    const otherCustomers = (await subscriptionOf("Wingtip Toys", "azure_plan")).subscriptionId;
    expect(await changeSavingsPlanScope(await admin(), { ...input, subscriptionId: otherCustomers })).toMatchObject({
      error: "not_found",
    });
  });

  it("turns auto-renew on, and renews at the end exactly once, at the day's price, with its own order", async () => {
    const plan = await cohoPlan();
    expect(
      await setSavingsPlanAutoRenew(await admin(), { savingsPlanId: plan.savingsPlanId, autoRenew: true }),
    ).toEqual({
      ok: true,
      data: { autoRenew: true, changed: true },
    });
    expect(await renewDueSavingsPlans()).toMatchObject({ renewed: 0 });
    const atEnd = new Date(plan.expiresAt.getTime() + 60_000);
    expect(await renewDueSavingsPlans(atEnd)).toEqual({ renewed: 1, no_longer_due: 0, not_renewed: 0, failed: 0 });
    expect(await renewDueSavingsPlans(atEnd)).toMatchObject({ renewed: 0 });
    const [renewed] = await getDb().select().from(savingsPlans).where(isNotNull(savingsPlans.renewalOfSavingsPlanId));
    expect(renewed).toMatchObject({
      renewalOfSavingsPlanId: plan.id,
      hourlyCommitmentMills: 2500,
      term: "P3Y",
      autoRenew: true,
      createdAt: plan.expiresAt,
    });
    expect((await cohoPlan()).autoRenew).toBe(false);
    const [order] = await getDb().select().from(orders).where(eq(orders.id, renewed.orderId)).limit(1);
    // 2.500 an hour for three years, Contoso's 3% over list.
    expect(order).toMatchObject({
      channel: "auto_renewal",
      totalMinor: Math.round(lifetimeCommitmentMinor(2500, "P3Y") * 1.03),
    });
  });

  it("does not renew a savings plan whose billing subscription is not active at its end, ever: the partner is told", async () => {
    const plan = await cohoPlan();
    await setSavingsPlanAutoRenew(await admin(), { savingsPlanId: plan.savingsPlanId, autoRenew: true });
    const [billing] = await getDb()
      .select()
      .from(subscriptions)
      .where(eq(subscriptions.id, plan.billingSubscriptionId))
      .limit(1);
    await getDb().update(subscriptions).set({ status: "suspended" }).where(eq(subscriptions.id, billing.id));
    const atEnd = new Date(plan.expiresAt.getTime() + 60_000);
    expect(await renewDueSavingsPlans(atEnd)).toEqual({ renewed: 0, no_longer_due: 0, not_renewed: 1, failed: 0 });
    expect(await cohoPlan()).toMatchObject({
      autoRenew: false,
      notRenewedAt: atEnd,
      notRenewedReason: "billing_subscription_not_active",
    });
    const [coho] = await getDb().select().from(customers).where(eq(customers.id, plan.customerId)).limit(1);
    const told = await getDb().select().from(notifications).where(eq(notifications.customerId, coho.id));
    expect(told).toEqual([
      expect.objectContaining({
        kind: "savings_plan_not_renewed",
        params: expect.objectContaining({ customer: "Coho Vineyard", reason: "billing_subscription_not_active" }),
        link: `/customers/${coho.tenantId}/savings-plans/${plan.savingsPlanId}`,
      }),
    ]);
    expect((await newActivityFor("Coho Vineyard")).slice(-1)).toEqual([
      expect.objectContaining({
        operationType: "update_savings_plan",
        actorEmail: "Auto-renewal",
        actorPartnerUserId: null,
        newValue: JSON.stringify({
          id: plan.savingsPlanId,
          autoRenew: false,
          notRenewed: { at: atEnd.toISOString(), reason: "billing_subscription_not_active" },
        }),
      }),
    ]);

    // The subscription is back months later: nothing is bought, backdated or not.
    await getDb().update(subscriptions).set({ status: "active" }).where(eq(subscriptions.id, billing.id));
    expect(await renewDueSavingsPlans(new Date(atEnd.getTime() + 90 * 24 * 60 * 60 * 1000))).toMatchObject({
      renewed: 0,
      not_renewed: 0,
    });
    expect(await getDb().select().from(savingsPlans).where(isNotNull(savingsPlans.renewalOfSavingsPlanId))).toEqual([]);
  });

  it("changes nothing on an expired savings plan", async () => {
    const plan = await cohoPlan();
    await getDb()
      .update(savingsPlans)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(savingsPlans.id, plan.id));
    expect(
      await setSavingsPlanAutoRenew(await admin(), { savingsPlanId: plan.savingsPlanId, autoRenew: true }),
    ).toMatchObject({
      error: "conflict",
      reason: "savingsPlans.errors.expired",
    });
  });
});
