import { eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { customers, notifications, orders, savingsPlans, subscriptions } from "@/db/schema";
import { actorRef, demo, newActivityFor, subscriptionOf } from "@/db/testing/fixtures";
import { changeSavingsPlanScope, setSavingsPlanAutoRenew } from "./manage-savings-plan";
import { renewDueSavingsPlans } from "./renew-savings-plans";
import { lifetimeCommitmentMinor } from "./savings-plan-rules";

const admin = () => actorRef(demo.contosoAdmin);

/** Coho Vineyard's seeded savings plan: 2.500 an hour for three years, bought by its Owner, scope shared. */
function cohoPlan() {
  const coho = getDb().select().from(customers).where(eq(customers.companyName, "Coho Vineyard")).get()!;
  return getDb().select().from(savingsPlans).where(eq(savingsPlans.customerId, coho.id)).get()!;
}

describe("managing savings plans", () => {
  it("re-scopes a savings plan to one subscription, with an entry; no money moves; Admin agents only", () => {
    const plan = cohoPlan();
    const ordersBefore = getDb().select().from(orders).all().length;
    const input = {
      savingsPlanId: plan.savingsPlanId,
      scope: "single",
      subscriptionId: subscriptionOf("Coho Vineyard", "azure_plan").subscriptionId,
    };
    expect(changeSavingsPlanScope(actorRef(demo.contosoSales), input)).toMatchObject({ error: "forbidden" });
    expect(changeSavingsPlanScope(actorRef(demo.fabrikamAdmin), input)).toMatchObject({ error: "not_found" });
    expect(changeSavingsPlanScope(admin(), input)).toEqual({ ok: true, data: { changed: true } });
    expect(changeSavingsPlanScope(admin(), input)).toEqual({ ok: true, data: { changed: false } });
    expect(cohoPlan()).toMatchObject({ scope: "single", scopeSubscriptionId: expect.any(Number) });
    expect(getDb().select().from(orders).all()).toHaveLength(ordersBefore);
    expect(newActivityFor("Coho Vineyard").map((e) => e.operationType)).toEqual(["update_savings_plan"]);
    const otherCustomers = subscriptionOf("Wingtip Toys", "azure_plan").subscriptionId;
    expect(changeSavingsPlanScope(admin(), { ...input, subscriptionId: otherCustomers })).toMatchObject({
      error: "not_found",
    });
  });

  it("turns auto-renew on, and renews at the end exactly once, at the day's price, with its own order", () => {
    const plan = cohoPlan();
    expect(setSavingsPlanAutoRenew(admin(), { savingsPlanId: plan.savingsPlanId, autoRenew: true })).toEqual({
      ok: true,
      data: { autoRenew: true, changed: true },
    });
    expect(renewDueSavingsPlans()).toMatchObject({ renewed: 0 });
    const atEnd = new Date(plan.expiresAt.getTime() + 60_000);
    expect(renewDueSavingsPlans(atEnd)).toEqual({ renewed: 1, no_longer_due: 0, not_renewed: 0, failed: 0 });
    expect(renewDueSavingsPlans(atEnd)).toMatchObject({ renewed: 0 });
    const [renewed] = getDb().select().from(savingsPlans).where(isNotNull(savingsPlans.renewalOfSavingsPlanId)).all();
    expect(renewed).toMatchObject({
      renewalOfSavingsPlanId: plan.id,
      hourlyCommitmentMills: 2500,
      term: "P3Y",
      autoRenew: true,
      createdAt: plan.expiresAt,
    });
    expect(cohoPlan().autoRenew).toBe(false);
    const order = getDb().select().from(orders).where(eq(orders.id, renewed.orderId)).get()!;
    // 2.500 an hour for three years, Contoso's 3% over list.
    expect(order).toMatchObject({
      channel: "auto_renewal",
      totalMinor: Math.round(lifetimeCommitmentMinor(2500, "P3Y") * 1.03),
    });
  });

  it("does not renew a savings plan whose billing subscription is not active at its end, ever: the partner is told", () => {
    const plan = cohoPlan();
    setSavingsPlanAutoRenew(admin(), { savingsPlanId: plan.savingsPlanId, autoRenew: true });
    const billing = getDb().select().from(subscriptions).where(eq(subscriptions.id, plan.billingSubscriptionId)).get()!;
    getDb().update(subscriptions).set({ status: "suspended" }).where(eq(subscriptions.id, billing.id)).run();
    const atEnd = new Date(plan.expiresAt.getTime() + 60_000);
    expect(renewDueSavingsPlans(atEnd)).toEqual({ renewed: 0, no_longer_due: 0, not_renewed: 1, failed: 0 });
    expect(cohoPlan()).toMatchObject({
      autoRenew: false,
      notRenewedAt: atEnd,
      notRenewedReason: "billing_subscription_not_active",
    });
    const coho = getDb().select().from(customers).where(eq(customers.id, plan.customerId)).get()!;
    const told = getDb().select().from(notifications).where(eq(notifications.customerId, coho.id)).all();
    expect(told).toEqual([
      expect.objectContaining({
        kind: "savings_plan_not_renewed",
        params: expect.objectContaining({ customer: "Coho Vineyard", reason: "billing_subscription_not_active" }),
        link: `/customers/${coho.tenantId}/savings-plans/${plan.savingsPlanId}`,
      }),
    ]);
    expect(newActivityFor("Coho Vineyard").slice(-1)).toEqual([
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
    getDb().update(subscriptions).set({ status: "active" }).where(eq(subscriptions.id, billing.id)).run();
    expect(renewDueSavingsPlans(new Date(atEnd.getTime() + 90 * 24 * 60 * 60 * 1000))).toMatchObject({
      renewed: 0,
      not_renewed: 0,
    });
    expect(getDb().select().from(savingsPlans).where(isNotNull(savingsPlans.renewalOfSavingsPlanId)).all()).toEqual([]);
  });

  it("changes nothing on an expired savings plan", () => {
    const plan = cohoPlan();
    getDb()
      .update(savingsPlans)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(savingsPlans.id, plan.id))
      .run();
    expect(setSavingsPlanAutoRenew(admin(), { savingsPlanId: plan.savingsPlanId, autoRenew: true })).toMatchObject({
      error: "conflict",
      reason: "savingsPlans.errors.expired",
    });
  });
});
