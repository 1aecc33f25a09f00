import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { subscriptions } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { findPartnerReservation } from "./find-reservation";
import { listReservations, type ReservationRow } from "./list-reservations";
import { reservationState } from "./reservation-state";

export type ReservationDetails = ReservationRow & {
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
  const row = listReservations(found.customer.id, now).find((r) => r.reservationId === found.reservation.reservationId)!;
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
    customerTenantId: found.customer.tenantId,
    companyName: found.customer.companyName,
    unitPriceMinor: found.unitPriceMinor,
    scopeSubscription,
    viewerCanManage: can(actor.role, "manageReservations"),
  };
}
