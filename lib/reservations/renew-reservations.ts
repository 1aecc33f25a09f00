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
  reservations,
  subscriptions,
  type Customer,
  type NotRenewedReason,
  type Reservation,
} from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { autoRenewalActor } from "@/lib/activity/system-actors";
import { qualifiesForReservationPurchases } from "@/lib/customer-permissions/prerequisites";
import { priceReservation } from "@/lib/pricing/customer-price";
import { readPriceList } from "@/lib/pricing/price-list";
import { findProduct, termMonths } from "./catalog";
import { addMonths } from "./term-dates";

const renewal = alias(reservations, "renewal");

/** Active reservations with auto-renew on that have reached their end and have no renewal yet. */
async function dueReservations(now: Date): Promise<Reservation[]> {
  const rows = await getDb()
    .select({ reservation: reservations })
    .from(reservations)
    .leftJoin(renewal, eq(renewal.renewalOfReservationId, reservations.id))
    .where(
      and(
        eq(reservations.status, "active"),
        eq(reservations.autoRenew, true),
        lte(reservations.expiresAt, now),
        isNull(renewal.id),
      ),
    );
  return rows.map((row) => row.reservation);
}

/**
 * A renewal that cannot be billed at expiry does not happen, then or later (Azure's rule, decision record 023): the
 * reservation expires with auto-renew off, says why, and the partner is told, with an "Update Reservation" entry by
 * Partner Console. Buying it later would start the term at the old expiry and bill months the customer could not use.
 */
async function doNotRenew(
  tx: Tx,
  current: Reservation,
  customer: Customer,
  reason: NotRenewedReason,
  now: Date,
): Promise<"not_renewed"> {
  await tx
    .update(reservations)
    .set({ autoRenew: false, notRenewedAt: now, notRenewedReason: reason })
    .where(eq(reservations.id, current.id));
  await tx.insert(notifications).values({
    partnerId: customer.partnerId,
    customerId: customer.id,
    kind: "reservation_not_renewed",
    params: {
      customer: customer.companyName,
      reservation: current.displayName,
      quantity: current.quantity,
      product: current.productName,
      expiredAt: current.expiresAt.getTime(),
      reason,
    },
    link: `/customers/${customer.tenantId}/reservations/${current.reservationId}`,
    createdAt: now,
  });
  await recordActivity(tx, {
    actor: { kind: "system", partnerId: customer.partnerId, email: autoRenewalActor },
    customer,
    operationType: "update_reservation",
    resourceType: "reservation",
    oldValue: { id: current.reservationId, autoRenew: true },
    newValue: { id: current.reservationId, autoRenew: false, notRenewed: { at: now.toISOString(), reason } },
    at: now,
  });
  return "not_renewed";
}

/**
 * Buys one reservation again, starting when it ended, at the partner's price of today; or, when that cannot be billed,
 * lets it expire and tells the partner. Re-reads the reservation inside the job's write transaction, so whichever
 * process comes second sees what the first did.
 */
export async function renewReservation(
  tx: Tx,
  due: Reservation,
  now: Date,
): Promise<Exclude<RenewalOutcome, "failed">> {
  const [current] = await tx.select().from(reservations).where(eq(reservations.id, due.id)).limit(1);
  if (current.status !== "active" || !current.autoRenew) return "no_longer_due";
  const [customer] = await tx.select().from(customers).where(eq(customers.id, current.customerId)).limit(1);
  const [subscription] = await tx
    .select()
    .from(subscriptions)
    .where(eq(subscriptions.id, current.billingSubscriptionId))
    .limit(1);
  // Azure renews onto the same billing subscription; if it no longer qualifies, there is nothing to bill.
  if (!qualifiesForReservationPurchases(subscription)) {
    return doNotRenew(tx, current, customer, "billing_subscription_not_active", now);
  }
  const product = findProduct(current.catalogItemId);
  if (!product?.listPriceMinor[current.term]) return doNotRenew(tx, current, customer, "no_longer_sold", now);
  const [{ currency }] = await tx
    .select({ currency: partners.currency })
    .from(partners)
    .where(eq(partners.id, customer.partnerId))
    .limit(1);
  const price = priceReservation(
    product,
    current.term,
    current.billingPlan,
    current.quantity,
    await readPriceList(tx, customer.partnerId),
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
  // The unique index on renewal_of_reservation_id makes this the one renewal, whichever process gets here first.
  const [renewed] = await tx
    .insert(reservations)
    .values({
      reservationId: crypto.randomUUID(),
      customerId: customer.id,
      orderId: order.id,
      displayName: `${current.displayName}_renewed`,
      catalogItemId: current.catalogItemId,
      productName: current.productName,
      region: current.region,
      quantity: current.quantity,
      term: current.term,
      billingPlan: current.billingPlan,
      billingSubscriptionId: current.billingSubscriptionId,
      scope: current.scope,
      resourceGroup: current.resourceGroup,
      scopeSubscriptionId: current.scopeSubscriptionId,
      autoRenew: true,
      renewalOfReservationId: current.id,
      createdAt: current.expiresAt,
      expiresAt: addMonths(current.expiresAt, termMonths[current.term]),
    })
    .returning();
  await tx.insert(orderLines).values({
    orderId: order.id,
    offerId: current.catalogItemId,
    offerName: `${current.productName} reservation renewal`,
    quantity: current.quantity,
    unitPriceMinor: price.unitPriceMinor,
    termDuration: current.term,
    billingCycle: current.billingPlan === "upfront" ? "one_time" : "monthly",
    subscriptionId: current.billingSubscriptionId,
    reservationId: renewed.id,
  });
  // The renewed one carries auto-renew on; the old one's work is done.
  await tx.update(reservations).set({ autoRenew: false }).where(eq(reservations.id, current.id));
  await recordActivity(tx, {
    actor: { kind: "system", partnerId: customer.partnerId, email: autoRenewalActor },
    customer,
    operationType: "create_order",
    resourceType: "order",
    oldValue: null,
    newValue: {
      id: order.orderId,
      channel: "auto_renewal",
      renewalOf: current.reservationId,
      reservationId: renewed.reservationId,
      lineItems: [{ catalogItemId: current.catalogItemId, quantity: current.quantity, termDuration: current.term }],
      total: { amountMinor: price.totalMinor, currency },
    },
    at: now,
  });
  return "renewed";
}

/**
 * The renewal job (`npm run jobs`, and on a timer in the server): renews every reservation due, each in its own
 * write transaction, exactly once even with several processes running it at the same moment; one that cannot be
 * billed is not renewed, once. One whose transaction failed is reported and tried again next run; it never holds up
 * the others.
 */
export async function renewDueReservations(
  now = new Date(),
  renewOne: (tx: Tx, due: Reservation, now: Date) => Promise<Exclude<RenewalOutcome, "failed">> = renewReservation,
): Promise<Record<RenewalOutcome, number>> {
  return renewEach(
    await dueReservations(now),
    (tx, due) => renewOne(tx, due, now),
    { table: reservations, index: "reservations_renewal_of_idx" },
    (due) => `reservation ${due.reservationId}`,
  );
}
