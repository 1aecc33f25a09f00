import { and, desc, eq, gt, isNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import {
  customerUsers,
  orderLines,
  orders,
  partnerUsers,
  reservations,
  subscriptions,
  type OrderChannel,
  type Reservation,
} from "@/db/schema";
import { reservationState, type ReservationState } from "./reservation-state";

export type ReservationRow = Omit<Reservation, "billingSubscriptionId" | "orderId"> & {
  /** Where it stands now, expiry included. */
  state: ReservationState;
  orderNumber: string;
  channel: OrderChannel;
  /** The buyer's sign-in name, and display name. */
  purchasedBy: string;
  purchasedByName: string | null;
  billingSubscription: { subscriptionId: string; friendlyName: string };
  /**
   * What it was bought for, for its whole term: its own purchase line, not the order's total (an exchange order
   * nets the credit for what was returned) and not reduced by a later partial refund, which has its own order.
   */
  priceMinor: number;
  currency: string;
};

const buyerPartner = alias(partnerUsers, "buyer_partner");
const buyerCustomer = alias(customerUsers, "buyer_customer");
const purchaseLine = alias(orderLines, "purchase_line");

/** A customer's reservations, newest first, with who bought them and how. The customer must come from a scoped lookup. */
export async function listReservations(customerId: number, now = new Date()): Promise<ReservationRow[]> {
  const rows = await getDb()
    .select({
      id: reservations.id,
      reservationId: reservations.reservationId,
      customerId: reservations.customerId,
      displayName: reservations.displayName,
      catalogItemId: reservations.catalogItemId,
      productName: reservations.productName,
      region: reservations.region,
      quantity: reservations.quantity,
      term: reservations.term,
      billingPlan: reservations.billingPlan,
      scope: reservations.scope,
      resourceGroup: reservations.resourceGroup,
      scopeSubscriptionId: reservations.scopeSubscriptionId,
      status: reservations.status,
      autoRenew: reservations.autoRenew,
      notRenewedAt: reservations.notRenewedAt,
      notRenewedReason: reservations.notRenewedReason,
      renewalOfReservationId: reservations.renewalOfReservationId,
      exchangedFromReservationId: reservations.exchangedFromReservationId,
      createdAt: reservations.createdAt,
      expiresAt: reservations.expiresAt,
      orderNumber: orders.orderId,
      channel: orders.channel,
      purchasedBy: orders.placedByEmail,
      partnerName: buyerPartner.displayName,
      customerName: buyerCustomer.displayName,
      billingSubscriptionId: subscriptions.subscriptionId,
      billingSubscriptionName: subscriptions.friendlyName,
      unitPriceMinor: purchaseLine.unitPriceMinor,
      purchasedQuantity: purchaseLine.quantity,
      currency: orders.currency,
    })
    .from(reservations)
    .innerJoin(orders, eq(orders.id, reservations.orderId))
    .innerJoin(
      purchaseLine,
      and(
        eq(purchaseLine.orderId, reservations.orderId),
        // Lines name their reservation; lines written before they did are the order's one priced line.
        or(
          eq(purchaseLine.reservationId, reservations.id),
          and(isNull(purchaseLine.reservationId), gt(purchaseLine.unitPriceMinor, 0)),
        ),
        gt(purchaseLine.unitPriceMinor, 0),
      ),
    )
    .innerJoin(subscriptions, eq(subscriptions.id, reservations.billingSubscriptionId))
    .leftJoin(buyerPartner, eq(buyerPartner.id, orders.placedByPartnerUserId))
    .leftJoin(buyerCustomer, eq(buyerCustomer.id, orders.placedByCustomerUserId))
    .where(eq(reservations.customerId, customerId))
    .orderBy(desc(reservations.createdAt), desc(reservations.id));
  return rows.map(({ partnerName, customerName, billingSubscriptionId, billingSubscriptionName, ...selected }) => {
    const { unitPriceMinor, purchasedQuantity, ...row } = selected;
    return {
      ...row,
      priceMinor: unitPriceMinor! * purchasedQuantity,
      state: reservationState(row, now),
      purchasedByName: customerName ?? partnerName,
      billingSubscription: { subscriptionId: billingSubscriptionId, friendlyName: billingSubscriptionName },
    };
  });
}
