import { and, eq, isNull, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb, type Tx } from "@/db/client";
import { reservations, type Reservation } from "@/db/schema";
import type { RenewalOutcome } from "@/lib/jobs/renew-each";
import { priceReservation, type PriceList, type ReservationPrice } from "@/lib/pricing/customer-price";
import type { RenewalKind } from "@/lib/renewals/renewal-kind";
import { renewDue, renewOne, type RenewOne } from "@/lib/renewals/renewal-loop";
import { findProduct, termMonths } from "./catalog";

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
 * What renewing a reservation would cost at this price list: the same product, region, quantity, term and billing,
 * at today's price; "no_longer_sold" when its product or term is no longer in the catalog. The renewal itself and
 * the Expiring soon page's renewal price both read it here.
 */
export function reservationRenewalPrice(
  reservation: Pick<Reservation, "catalogItemId" | "term" | "billingPlan" | "quantity">,
  priceList: PriceList,
): ReservationPrice | "no_longer_sold" {
  const product = findProduct(reservation.catalogItemId);
  if (!product?.listPriceMinor[reservation.term]) return "no_longer_sold";
  return priceReservation(product, reservation.term, reservation.billingPlan, reservation.quantity, priceList);
}

/** Renewing a reservation: the same product, region, quantity, term, billing and scope, at today's price. */
const reservationRenewals: RenewalKind<Reservation, ReservationPrice> = {
  noun: "reservation",
  publicId: (reservation) => reservation.reservationId,
  table: reservations,
  renewalIndex: "reservations_renewal_of_idx",
  termMonths,
  due: dueReservations,
  async stillDue(tx, due) {
    const [current] = await tx.select().from(reservations).where(eq(reservations.id, due.id)).limit(1);
    return current.status === "active" && current.autoRenew ? current : undefined;
  },
  price: reservationRenewalPrice,
  async buyAgain(tx, current, { carriedOver, price }) {
    const [renewed] = await tx
      .insert(reservations)
      .values({
        ...carriedOver,
        reservationId: crypto.randomUUID(),
        catalogItemId: current.catalogItemId,
        productName: current.productName,
        region: current.region,
        quantity: current.quantity,
        renewalOfReservationId: current.id,
      })
      .returning();
    return {
      renewed: { reservationId: renewed.reservationId },
      line: {
        offerId: current.catalogItemId,
        offerName: `${current.productName} reservation renewal`,
        quantity: current.quantity,
        unitPriceMinor: price.unitPriceMinor,
        reservationId: renewed.id,
      },
      lineItem: { catalogItemId: current.catalogItemId, quantity: current.quantity, termDuration: current.term },
    };
  },
  notRenewed: {
    notification: "reservation_not_renewed",
    customerPage: "reservations",
    params: (reservation) => ({
      reservation: reservation.displayName,
      quantity: reservation.quantity,
      product: reservation.productName,
    }),
    operationType: "update_reservation",
    resourceType: "reservation",
  },
};

/** Renews one reservation due, or lets it expire and tells the partner (lib/renewals/renewal-loop.ts). */
export async function renewReservation(
  tx: Tx,
  due: Reservation,
  now: Date,
): Promise<Exclude<RenewalOutcome, "failed">> {
  return renewOne(reservationRenewals, tx, due, now);
}

/**
 * The reservation half of the renewal job (`npm run jobs`, and on a timer in the server): renews every reservation
 * due, exactly once even with several processes running it at the same moment (lib/renewals/renewal-loop.ts).
 */
export async function renewDueReservations(
  now = new Date(),
  renew: RenewOne<Reservation> = renewReservation,
): Promise<Record<RenewalOutcome, number>> {
  return renewDue(reservationRenewals, now, renew);
}
