import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  notifications,
  orderLines,
  orders,
  partnerSettings,
  reservations,
  type Order,
  type Reservation,
} from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { recordActivity } from "@/lib/activity/record-activity";
import { spreadOverMonths, type MonthlyPayments } from "@/lib/pricing/customer-price";
import { termMonths } from "./catalog";
import { addMonths } from "./term-dates";
import type { CheckedPurchase } from "./check-reservation-purchase";
import { released, returnedLines, type ReturnedAmounts } from "./returned-lines";

export type ReservationPurchaseResult = {
  orderId: string;
  reservationId: string;
  displayName: string;
  totalMinor: number;
  /** How the total is billed month by month, or null when it was paid up front. */
  monthly: MonthlyPayments | null;
  currency: string;
};

/** What a purchase answers, from what it wrote: the same whether it was just bought or is asked for again. */
function purchaseResult(order: Order, reservation: Reservation): ReservationPurchaseResult {
  return {
    orderId: order.orderId,
    reservationId: reservation.reservationId,
    displayName: reservation.displayName,
    totalMinor: order.totalMinor,
    monthly:
      reservation.billingPlan === "monthly" ? spreadOverMonths(order.totalMinor, termMonths[reservation.term]) : null,
    currency: order.currency,
  };
}

/** The result of a reservation purchase already made, by its order's row id. */
export async function readReservationPurchase(tx: Tx, orderRowId: number): Promise<ReservationPurchaseResult> {
  const [row] = await tx
    .select({ order: orders, reservation: reservations })
    .from(orders)
    .innerJoin(reservations, eq(reservations.orderId, orders.id))
    .where(eq(orders.id, orderRowId))
    .limit(1);
  if (!row) throw new Error(`Order ${orderRowId} has no reservation`);
  return purchaseResult(row.order, row.reservation);
}

const namePrefixes = {
  "Virtual machines": "VM_RI",
  "Azure SQL Database": "SQL_RI",
  "App Service": "AppService_RI",
  "Azure Cosmos DB": "CosmosDB_RI",
} as const;

/** Azure's default reservation name: the product kind and the purchase time, e.g. VM_RI_11-24-2026_09-30. */
function defaultDisplayName(purchase: CheckedPurchase, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}-${at.getUTCFullYear()}`;
  return `${namePrefixes[purchase.product.category]}_${date}_${pad(at.getUTCHours())}-${pad(at.getUTCMinutes())}`;
}

/** Part of a reservation given back in an exchange, and what returning it gives back. */
export type ReturnedInExchange = {
  reservation: Reservation;
  quantity: number;
  amounts: ReturnedAmounts;
};

/**
 * Writes the order of a checked purchase, its line, the reservation and the activity entry. In an exchange, the same
 * order also carries the returned part as a negative line, the returned reservation gives up that quantity, and the
 * entry is an "Exchange Reservation". Call it inside the transaction that checked the purchase.
 */
export async function writeReservationOrder(
  tx: Tx,
  actor: Actor,
  purchase: CheckedPurchase,
  at: Date,
  returned?: ReturnedInExchange,
): Promise<{ order: Order; reservation: Reservation }> {
  const { customer, subscription, product, choice, price, currency, channel } = purchase;
  const releasedMinor = returned ? released(returned.amounts) : 0;
  const [order] = await tx
    .insert(orders)
    .values({
      orderId: crypto.randomUUID(),
      customerId: customer.id,
      channel,
      placedByPartnerUserId: actor.kind === "partner_user" ? actor.id : null,
      placedByCustomerUserId: actor.kind === "customer_user" ? actor.id : null,
      placedByEmail: actor.email,
      currency,
      totalMinor: price.totalMinor - releasedMinor,
      createdAt: at,
    })
    .returning();
  const [reservation] = await tx
    .insert(reservations)
    .values({
      reservationId: crypto.randomUUID(),
      customerId: customer.id,
      orderId: order.id,
      displayName: defaultDisplayName(purchase, at),
      catalogItemId: product.catalogItemId,
      productName: product.name,
      region: choice.region,
      quantity: choice.quantity,
      term: choice.term,
      billingPlan: choice.billingPlan,
      billingSubscriptionId: subscription.id,
      scope: choice.scope,
      resourceGroup: choice.scope === "resource_group" ? (choice.resourceGroup ?? null) : null,
      scopeSubscriptionId: choice.scope === "shared" ? null : subscription.id,
      exchangedFromReservationId: returned?.reservation.id ?? null,
      createdAt: at,
      expiresAt: addMonths(at, termMonths[choice.term]),
    })
    .returning();
  await tx.insert(orderLines).values({
    orderId: order.id,
    offerId: product.catalogItemId,
    offerName: `${product.name} reservation`,
    quantity: choice.quantity,
    unitPriceMinor: price.unitPriceMinor,
    termDuration: choice.term,
    billingCycle: choice.billingPlan === "upfront" ? "one_time" : "monthly",
    subscriptionId: subscription.id,
    reservationId: reservation.id,
  });

  const lineItems = [
    {
      catalogItemId: product.catalogItemId,
      productName: product.name,
      quantity: choice.quantity,
      termDuration: choice.term,
      billingCycle: choice.billingPlan === "upfront" ? "one_time" : "monthly",
      provisioningContext: {
        subscriptionId: subscription.subscriptionId,
        scope: choice.scope,
        region: choice.region,
        ...(reservation.resourceGroup && { resourceGroup: reservation.resourceGroup }),
      },
    },
  ];
  if (!returned) {
    await recordActivity(tx, {
      actor,
      customer,
      operationType: "create_order",
      resourceType: "order",
      oldValue: null,
      newValue: {
        id: order.orderId,
        channel,
        lineItems,
        reservationId: reservation.reservationId,
        total: { amountMinor: price.totalMinor, currency },
      },
      at,
    });
    return { order, reservation };
  }

  const given = returned.reservation;
  await tx.insert(orderLines).values(
    returnedLines(given, returned.quantity, returned.amounts, {
      orderRowId: order.id,
      offerName: `${given.productName} reservation returned in exchange`,
    }),
  );
  const quantityLeft = given.quantity - returned.quantity;
  const status = quantityLeft === 0 ? "exchanged" : "active";
  await tx.update(reservations).set({ quantity: quantityLeft, status }).where(eq(reservations.id, given.id));
  await recordActivity(tx, {
    actor,
    customer,
    operationType: "exchange_reservation",
    resourceType: "reservation",
    oldValue: { id: given.reservationId, quantity: given.quantity, status: given.status },
    newValue: {
      id: given.reservationId,
      quantity: quantityLeft,
      status,
      exchange: {
        orderId: order.orderId,
        returned: {
          quantity: returned.quantity,
          creditMinor: returned.amounts.refundMinor,
          futurePaymentsCancelledMinor: returned.amounts.futurePaymentsMinor,
        },
        lineItems,
        reservationId: reservation.reservationId,
        total: { amountMinor: order.totalMinor, currency },
      },
    },
    at,
  });
  return { order, reservation };
}

/**
 * Writes a checked purchase (writeReservationOrder) and, when the partner asked for purchase alerts, a
 * notification of a customer's own purchase. Call it inside the transaction that checked the purchase.
 */
export async function writeReservationPurchase(
  tx: Tx,
  actor: Actor,
  purchase: CheckedPurchase,
  at: Date,
): Promise<{ orderRowId: number; result: ReservationPurchaseResult }> {
  const { customer, product, choice, price, currency, channel } = purchase;
  const { order, reservation } = await writeReservationOrder(tx, actor, purchase, at);
  const [alerts] = await tx
    .select()
    .from(partnerSettings)
    .where(eq(partnerSettings.partnerId, customer.partnerId))
    .limit(1);
  if (channel === "customer_self_service" && alerts?.purchaseAlerts) {
    await tx.insert(notifications).values({
      partnerId: customer.partnerId,
      customerId: customer.id,
      kind: "reservation_purchased",
      params: {
        buyer: actor.displayName,
        customer: customer.companyName,
        quantity: choice.quantity,
        product: product.name,
        region: choice.region,
        totalMinor: price.totalMinor,
        currency,
      },
      link: `/customers/${customer.tenantId}/reservations`,
      createdAt: at,
    });
  }

  return { orderRowId: order.id, result: purchaseResult(order, reservation) };
}
