import { and, eq, isNull, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb, type Tx } from "@/db/client";
import { renewEach, type RenewalOutcome } from "@/lib/jobs/renew-each";
import { customers, orderLines, orders, partners, savingsPlans, subscriptions, type SavingsPlan } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { qualifiesForReservationPurchases } from "@/lib/customer-permissions/prerequisites";
import { readPriceList } from "@/lib/pricing/price-list";
import { autoRenewalActor } from "@/lib/reservations/renew-reservations";
import { addMonths } from "@/lib/reservations/term-dates";
import {
  formatHourlyCommitment,
  priceSavingsPlan,
  savingsPlanOfferIds,
  savingsPlanTermMonths,
} from "./savings-plan-rules";

const renewal = alias(savingsPlans, "renewal");

/** Savings plans with auto-renew on that have reached their end and have no renewal yet. */
function dueSavingsPlans(now: Date): SavingsPlan[] {
  return getDb()
    .select({ plan: savingsPlans })
    .from(savingsPlans)
    .leftJoin(renewal, eq(renewal.renewalOfSavingsPlanId, savingsPlans.id))
    .where(and(eq(savingsPlans.autoRenew, true), lte(savingsPlans.expiresAt, now), isNull(renewal.id)))
    .all()
    .map((row) => row.plan);
}

/** Buys one savings plan again, starting when it ended, same commitment, term, billing and scope, at today's price. */
export function renewSavingsPlan(tx: Tx, due: SavingsPlan, now: Date): Exclude<RenewalOutcome, "failed"> {
  const current = tx.select().from(savingsPlans).where(eq(savingsPlans.id, due.id)).get()!;
  if (!current.autoRenew) return "already_renewed";
  const customer = tx.select().from(customers).where(eq(customers.id, current.customerId)).get()!;
  const subscription = tx
    .select()
    .from(subscriptions)
    .where(eq(subscriptions.id, current.billingSubscriptionId))
    .get()!;
  if (!qualifiesForReservationPurchases(subscription)) return "not_billable";
  const { currency } = tx
    .select({ currency: partners.currency })
    .from(partners)
    .where(eq(partners.id, customer.partnerId))
    .get()!;
  const price = priceSavingsPlan(
    current.hourlyCommitmentMills,
    current.term,
    current.billingPlan,
    readPriceList(tx, customer.partnerId).savingsPlanAdjustmentBasisPoints,
  );
  const order = tx
    .insert(orders)
    .values({
      orderId: crypto.randomUUID(),
      customerId: customer.id,
      channel: "auto_renewal",
      placedByEmail: autoRenewalActor,
      currency,
      totalMinor: price.totalMinor,
      createdAt: now,
    })
    .returning()
    .get();
  // The unique index on renewal_of_savings_plan_id makes this the one renewal, whichever process gets here first.
  const renewed = tx
    .insert(savingsPlans)
    .values({
      savingsPlanId: crypto.randomUUID(),
      customerId: customer.id,
      orderId: order.id,
      displayName: `${current.displayName}_renewed`,
      hourlyCommitmentMills: current.hourlyCommitmentMills,
      term: current.term,
      billingPlan: current.billingPlan,
      billingSubscriptionId: current.billingSubscriptionId,
      scope: current.scope,
      resourceGroup: current.resourceGroup,
      scopeSubscriptionId: current.scopeSubscriptionId,
      autoRenew: true,
      renewalOfSavingsPlanId: current.id,
      createdAt: current.expiresAt,
      expiresAt: addMonths(current.expiresAt, savingsPlanTermMonths[current.term]),
    })
    .returning()
    .get();
  tx.insert(orderLines)
    .values({
      orderId: order.id,
      offerId: savingsPlanOfferIds[current.term],
      offerName: `Azure savings plan for compute, ${formatHourlyCommitment(current.hourlyCommitmentMills)} ${currency}/hour, renewal`,
      quantity: 1,
      unitPriceMinor: price.totalMinor,
      termDuration: current.term,
      billingCycle: current.billingPlan === "upfront" ? "one_time" : "monthly",
      subscriptionId: current.billingSubscriptionId,
    })
    .run();
  tx.update(savingsPlans).set({ autoRenew: false }).where(eq(savingsPlans.id, current.id)).run();
  recordActivity(tx, {
    actor: { kind: "system", partnerId: customer.partnerId, email: autoRenewalActor },
    customer,
    operationType: "create_order",
    resourceType: "order",
    oldValue: null,
    newValue: {
      id: order.orderId,
      channel: "auto_renewal",
      renewalOf: current.savingsPlanId,
      savingsPlanId: renewed.savingsPlanId,
      lineItems: [{ catalogItemId: savingsPlanOfferIds[current.term], termDuration: current.term }],
      total: { amountMinor: price.totalMinor, currency },
    },
    at: now,
  });
  return "renewed";
}

/**
 * The savings-plan half of the renewal job: renews every savings plan due, exactly once even with several processes
 * running it at the same moment (lib/jobs/renew-each.ts).
 */
export function renewDueSavingsPlans(now = new Date()): Record<RenewalOutcome, number> {
  return renewEach(
    dueSavingsPlans(now),
    (tx, due) => renewSavingsPlan(tx, due, now),
    /UNIQUE constraint failed: savings_plans\.renewal_of_savings_plan_id/,
    (due) => `savings plan ${due.savingsPlanId}`,
  );
}
