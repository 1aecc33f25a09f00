import { and, eq, isNull, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb, type Tx } from "@/db/client";
import { renewEach, type RenewalOutcome } from "@/lib/jobs/renew-each";
import {
  customers,
  notifications,
  orderLines,
  orders,
  partners,
  savingsPlans,
  subscriptions,
  type Customer,
  type NotRenewedReason,
  type SavingsPlan,
} from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { autoRenewalActor } from "@/lib/activity/system-actors";
import { qualifiesForReservationPurchases } from "@/lib/customer-permissions/prerequisites";
import { readPriceList } from "@/lib/pricing/price-list";
import { addMonths } from "@/lib/reservations/term-dates";
import {
  formatHourlyCommitment,
  priceSavingsPlan,
  savingsPlanOfferIds,
  savingsPlanTermMonths,
} from "./savings-plan-rules";

const renewal = alias(savingsPlans, "renewal");

/** Savings plans with auto-renew on that have reached their end and have no renewal yet. */
async function dueSavingsPlans(now: Date): Promise<SavingsPlan[]> {
  const rows = await getDb()
    .select({ plan: savingsPlans })
    .from(savingsPlans)
    .leftJoin(renewal, eq(renewal.renewalOfSavingsPlanId, savingsPlans.id))
    .where(and(eq(savingsPlans.autoRenew, true), lte(savingsPlans.expiresAt, now), isNull(renewal.id)));
  return rows.map((row) => row.plan);
}

/**
 * A renewal that cannot be billed at the savings plan's end does not happen, then or later (decision record 023): it
 * expires with auto-renew off, says why, and the partner is told, with an "Update Savings Plan" entry by Partner
 * Console (the savings plan's own operation, as for every other change to one).
 */
async function doNotRenew(
  tx: Tx,
  current: SavingsPlan,
  customer: Customer,
  reason: NotRenewedReason,
  now: Date,
): Promise<"not_renewed"> {
  await tx
    .update(savingsPlans)
    .set({ autoRenew: false, notRenewedAt: now, notRenewedReason: reason })
    .where(eq(savingsPlans.id, current.id));
  await tx.insert(notifications).values({
    partnerId: customer.partnerId,
    customerId: customer.id,
    kind: "savings_plan_not_renewed",
    params: {
      customer: customer.companyName,
      savingsPlan: current.displayName,
      expiredAt: current.expiresAt.getTime(),
      reason,
    },
    link: `/customers/${customer.tenantId}/savings-plans/${current.savingsPlanId}`,
    createdAt: now,
  });
  await recordActivity(tx, {
    actor: { kind: "system", partnerId: customer.partnerId, email: autoRenewalActor },
    customer,
    operationType: "update_savings_plan",
    resourceType: "savings_plan",
    oldValue: { id: current.savingsPlanId, autoRenew: true },
    newValue: { id: current.savingsPlanId, autoRenew: false, notRenewed: { at: now.toISOString(), reason } },
    at: now,
  });
  return "not_renewed";
}

/**
 * Buys one savings plan again, starting when it ended, same commitment, term, billing and scope, at today's price; or,
 * when that cannot be billed, lets it expire and tells the partner. Re-read inside the job's write transaction.
 */
export async function renewSavingsPlan(
  tx: Tx,
  due: SavingsPlan,
  now: Date,
): Promise<Exclude<RenewalOutcome, "failed">> {
  const [current] = await tx.select().from(savingsPlans).where(eq(savingsPlans.id, due.id)).limit(1);
  if (!current.autoRenew) return "no_longer_due";
  const [customer] = await tx.select().from(customers).where(eq(customers.id, current.customerId)).limit(1);
  const [subscription] = await tx
    .select()
    .from(subscriptions)
    .where(eq(subscriptions.id, current.billingSubscriptionId))
    .limit(1);
  if (!qualifiesForReservationPurchases(subscription)) {
    return doNotRenew(tx, current, customer, "billing_subscription_not_active", now);
  }
  const [{ currency }] = await tx
    .select({ currency: partners.currency })
    .from(partners)
    .where(eq(partners.id, customer.partnerId))
    .limit(1);
  const price = priceSavingsPlan(
    current.hourlyCommitmentMills,
    current.term,
    current.billingPlan,
    (await readPriceList(tx, customer.partnerId)).savingsPlanAdjustmentBasisPoints,
  );
  const [order] = await tx
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
    .returning();
  // The unique index on renewal_of_savings_plan_id makes this the one renewal, whichever process gets here first.
  const [renewed] = await tx
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
    .returning();
  await tx.insert(orderLines).values({
    orderId: order.id,
    offerId: savingsPlanOfferIds[current.term],
    offerName: `Azure savings plan for compute, ${formatHourlyCommitment(current.hourlyCommitmentMills)} ${currency}/hour, renewal`,
    quantity: 1,
    unitPriceMinor: price.totalMinor,
    termDuration: current.term,
    billingCycle: current.billingPlan === "upfront" ? "one_time" : "monthly",
    subscriptionId: current.billingSubscriptionId,
  });
  await tx.update(savingsPlans).set({ autoRenew: false }).where(eq(savingsPlans.id, current.id));
  await recordActivity(tx, {
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
 * The savings-plan half of the renewal job: renews every savings plan due, or lets it expire when it cannot be billed,
 * exactly once even with several processes running it at the same moment (lib/jobs/renew-each.ts).
 */
export async function renewDueSavingsPlans(now = new Date()): Promise<Record<RenewalOutcome, number>> {
  return renewEach(
    await dueSavingsPlans(now),
    (tx, due) => renewSavingsPlan(tx, due, now),
    { table: savingsPlans, index: "savings_plans_renewal_of_idx" },
    (due) => `savings plan ${due.savingsPlanId}`,
  );
}
