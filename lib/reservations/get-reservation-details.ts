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
export async function getReservationDetails(
  actor: PartnerActor,
  customerTenantId: string,
  reservationId: string,
  now = new Date(),
): Promise<ReservationDetails | null> {
  const db = getDb();
  const found = await findPartnerReservation(db, actor.partnerId, reservationId);
  if (!found || found.customer.tenantId !== customerTenantId.toLowerCase()) return null;
  const row = (await listReservations(found.customer.id, now)).find(
    (r) => r.reservationId === found.reservation.reservationId,
  )!;
  const [scopeSubscription] = found.reservation.scopeSubscriptionId
    ? await db
        .select({ subscriptionId: subscriptions.subscriptionId, friendlyName: subscriptions.friendlyName })
        .from(subscriptions)
        .where(eq(subscriptions.id, found.reservation.scopeSubscriptionId))
        .limit(1)
    : [];
  return {
    ...row,
    state: reservationState(found.reservation, now),
    rowId: found.reservation.id,
    purchaseOrderRowId: found.reservation.orderId,
    customerTenantId: found.customer.tenantId,
    companyName: found.customer.companyName,
    unitPriceMinor: found.unitPriceMinor,
    scopeSubscription: scopeSubscription ?? null,
    viewerCanManage: can(actor.role, "manageCustomerPurchases"),
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
export async function reservationHistory(
  reservationRowId: number,
  purchaseOrderRowId: number,
): Promise<ReservationHistoryLine[]> {
  const lines = await getDb()
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
    .orderBy(asc(orders.createdAt), asc(orderLines.id));
  return lines.map(({ unitPriceMinor, ...line }) => ({ ...line, amountMinor: (unitPriceMinor ?? 0) * line.quantity }));
}
