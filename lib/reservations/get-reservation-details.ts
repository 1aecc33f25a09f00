import { and, asc, eq, gt, isNull, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orderLines, orders, subscriptions, type OrderChannel } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { findPartnerReservation } from "./find-reservation";
import { listReservations, type ReservationRow } from "./list-reservations";
import { reservationState } from "./reservation-state";

export type ReservationDetails = ReservationRow & {
  /** Its row id and its purchase order's, for the history. */
  rowId: number;
  purchaseOrderRowId: number;
  customerTenantId: string;
  companyName: string;
  unitPriceMinor: number;
  /** The subscription a single-subscription or resource-group scope applies to. */
  scopeSubscription: { subscriptionId: string; friendlyName: string } | null;
  viewerCanManage: boolean;
};

/** One reservation of the partner's customer, as its Manage page shows it; null when it is not this partner's. */
export function getReservationDetails(
  actor: PartnerActor,
  customerTenantId: string,
  reservationId: string,
  now = new Date(),
): ReservationDetails | null {
  const db = getDb();
  const found = findPartnerReservation(db, actor.partnerId, reservationId);
  if (!found || found.customer.tenantId !== customerTenantId.toLowerCase()) return null;
  const row = listReservations(found.customer.id, now).find(
    (r) => r.reservationId === found.reservation.reservationId,
  )!;
  const scopeSubscription = found.reservation.scopeSubscriptionId
    ? (db
        .select({ subscriptionId: subscriptions.subscriptionId, friendlyName: subscriptions.friendlyName })
        .from(subscriptions)
        .where(eq(subscriptions.id, found.reservation.scopeSubscriptionId))
        .get() ?? null)
    : null;
  return {
    ...row,
    state: reservationState(found.reservation, now),
    rowId: found.reservation.id,
    purchaseOrderRowId: found.reservation.orderId,
    customerTenantId: found.customer.tenantId,
    companyName: found.customer.companyName,
    unitPriceMinor: found.unitPriceMinor,
    scopeSubscription,
    viewerCanManage: can(actor.role, "manageReservations"),
  };
}

export type ReservationHistoryLine = {
  orderId: string;
  at: Date;
  offerName: string;
  quantity: number;
  amountMinor: number;
  currency: string;
  placedBy: string;
  /** How it was placed: an auto-renewal's "by" is Partner Console itself, named in the reader's words. */
  channel: OrderChannel;
};

/** Every order line that bought, refunded or exchanged this reservation, oldest first: the money both ways. */
export function reservationHistory(reservationRowId: number, purchaseOrderRowId: number): ReservationHistoryLine[] {
  return getDb()
    .select({
      orderId: orders.orderId,
      at: orders.createdAt,
      offerName: orderLines.offerName,
      quantity: orderLines.quantity,
      unitPriceMinor: orderLines.unitPriceMinor,
      currency: orders.currency,
      placedBy: orders.placedByEmail,
      channel: orders.channel,
    })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(
      or(
        eq(orderLines.reservationId, reservationRowId),
        // Lines written before lines named their reservation: the purchase order's priced line.
        and(
          eq(orderLines.orderId, purchaseOrderRowId),
          isNull(orderLines.reservationId),
          gt(orderLines.unitPriceMinor, 0),
        ),
      ),
    )
    .orderBy(asc(orders.createdAt), asc(orderLines.id))
    .all()
    .map(({ unitPriceMinor, ...line }) => ({ ...line, amountMinor: (unitPriceMinor ?? 0) * line.quantity }));
}
