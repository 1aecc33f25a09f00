import { eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { customers, orders, savingsPlans } from "@/db/schema";
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
    expect(renewDueSavingsPlans(atEnd)).toEqual({ renewed: 1, already_renewed: 0, not_billable: 0, failed: 0 });
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
