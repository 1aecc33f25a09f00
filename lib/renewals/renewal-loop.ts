import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  customers,
  notifications,
  orderLines,
  orders,
  subscriptions,
  type Customer,
  type NotRenewedReason,
} from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { recordOrderCreated } from "@/lib/activity/record-order-created";
import { autoRenewalActor } from "@/lib/activity/system-actors";
import { billsAzurePurchases } from "@/lib/customer-permissions/prerequisites";
import { renewEach, type RenewalOutcome } from "@/lib/jobs/renew-each";
import { partnerCurrency } from "@/lib/pricing/partner-currency";
import { readPriceList } from "@/lib/pricing/price-list";
import { addMonths } from "@/lib/reservations/term-dates";
import type { CarriedOver, Renewable, RenewalKind, RenewalPrice } from "./renewal-kind";

/** What renewing one item due can come to, inside its transaction; failing is renewEach's to count. */
export type RenewOne<T> = (tx: Tx, due: T, now: Date) => Promise<Exclude<RenewalOutcome, "failed">>;

/**
 * A renewal that cannot be billed at the end does not happen, then or later (Azure's rule, decision record 023): the
 * item expires with auto-renew off, says why, and the partner is told, with an Update entry by Partner Console. Buying
 * it later would start the term at the old end and bill months the customer could not use.
 */
async function doNotRenew<T extends Renewable>(
  tx: Tx,
  kind: Pick<RenewalKind<T, RenewalPrice>, "publicId" | "table" | "notRenewed">,
  current: T,
  customer: Customer,
  reason: NotRenewedReason,
  now: Date,
): Promise<"not_renewed"> {
  await tx
    .update(kind.table)
    .set({ autoRenew: false, notRenewedAt: now, notRenewedReason: reason })
    .where(eq(kind.table.id, current.id));
  const id = kind.publicId(current);
  await tx.insert(notifications).values({
    partnerId: customer.partnerId,
    customerId: customer.id,
    kind: kind.notRenewed.notification,
    params: {
      customer: customer.companyName,
      ...kind.notRenewed.params(current),
      expiredAt: current.expiresAt.getTime(),
      reason,
    },
    link: `/customers/${customer.tenantId}/${kind.notRenewed.customerPage}/${id}`,
    createdAt: now,
  });
  await recordActivity(tx, {
    actor: { kind: "system", partnerId: customer.partnerId, email: autoRenewalActor },
    customer,
    operationType: kind.notRenewed.operationType,
    resourceType: kind.notRenewed.resourceType,
    oldValue: { id, autoRenew: true },
    newValue: { id, autoRenew: false, notRenewed: { at: now.toISOString(), reason } },
    at: now,
  });
  return "not_renewed";
}

/**
 * Buys one item again, starting when it ended, at the partner's price of today, on its own order; or, when that
 * cannot be billed, lets it expire and tells the partner. Re-reads the item inside the job's write transaction, so
 * whichever process comes second sees what the first did.
 */
export async function renewOne<T extends Renewable, Price extends RenewalPrice>(
  kind: RenewalKind<T, Price>,
  tx: Tx,
  due: T,
  now: Date,
): Promise<Exclude<RenewalOutcome, "failed">> {
  const current = await kind.stillDue(tx, due);
  if (!current) return "no_longer_due";
  const [customer] = await tx.select().from(customers).where(eq(customers.id, current.customerId)).limit(1);
  const [subscription] = await tx
    .select()
    .from(subscriptions)
    .where(eq(subscriptions.id, current.billingSubscriptionId))
    .limit(1);
  // Azure renews onto the same billing subscription; if it no longer qualifies, there is nothing to bill.
  if (!billsAzurePurchases(subscription)) {
    return doNotRenew(tx, kind, current, customer, "billing_subscription_not_active", now);
  }
  const price = kind.price(current, await readPriceList(tx, customer.partnerId));
  if (typeof price === "string") return doNotRenew(tx, kind, current, customer, price, now);
  const currency = await partnerCurrency(customer.partnerId, tx);

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
  const carriedOver: CarriedOver = {
    customerId: customer.id,
    orderId: order.id,
    displayName: `${current.displayName}_renewed`,
    term: current.term,
    billingPlan: current.billingPlan,
    billingSubscriptionId: current.billingSubscriptionId,
    scope: current.scope,
    resourceGroup: current.resourceGroup,
    scopeSubscriptionId: current.scopeSubscriptionId,
    autoRenew: true,
    createdAt: current.expiresAt,
    expiresAt: addMonths(current.expiresAt, kind.termMonths[current.term]),
  };
  const bought = await kind.buyAgain(tx, current, { carriedOver, price, currency });
  await tx.insert(orderLines).values({
    ...bought.line,
    orderId: order.id,
    termDuration: current.term,
    billingCycle: current.billingPlan === "upfront" ? "one_time" : "monthly",
    subscriptionId: current.billingSubscriptionId,
  });
  // The renewal carries auto-renew on; the old one's work is done.
  await tx.update(kind.table).set({ autoRenew: false }).where(eq(kind.table.id, current.id));
  await recordOrderCreated(tx, {
    actor: { kind: "system", partnerId: customer.partnerId, email: autoRenewalActor },
    customer,
    order,
    details: {
      renewalOf: kind.publicId(current),
      ...bought.renewed,
      lineItems: [bought.lineItem],
      total: { amountMinor: price.totalMinor, currency },
    },
    at: now,
  });
  return "renewed";
}

/**
 * The renewal job for one kind: renews every item due, each in its own write transaction, exactly once even with
 * several processes running it at the same moment; one that cannot be billed is not renewed, once. One whose
 * transaction failed is reported and tried again next run; it never holds up the others (lib/jobs/renew-each.ts).
 */
export async function renewDue<T extends Renewable, Price extends RenewalPrice>(
  kind: RenewalKind<T, Price>,
  now: Date,
  renew: RenewOne<T> = (tx, due, at) => renewOne(kind, tx, due, at),
): Promise<Record<RenewalOutcome, number>> {
  return renewEach(
    await kind.due(now),
    (tx, due) => renew(tx, due, now),
    { table: kind.table, index: kind.renewalIndex },
    (due) => `${kind.noun} ${kind.publicId(due)}`,
  );
}
