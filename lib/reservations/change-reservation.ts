import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { customers, reservations } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { inActorTransaction } from "@/lib/access/write-transaction";
import { fail, type Result } from "@/lib/result";
import { microsoftId, parseInput } from "@/lib/validation";

export const reservationChanges = ["exchange", "cancel", "renew", "change_scope"] as const;
export type ReservationChange = (typeof reservationChanges)[number];

export const reservationChangeInput = z.object({
  reservationId: microsoftId,
  change: z.enum(reservationChanges, { message: "Change must be exchange, cancel, renew or change_scope." }),
});

const changeWords: Record<ReservationChange, string> = {
  exchange: "exchange",
  cancel: "cancel",
  renew: "renew",
  change_scope: "change the scope of",
};

/** The article's rule for the customer's reservations page, with their partner's name. */
export function customerChangesUnavailable(partnerName: string): string {
  return `Contact your partner, ${partnerName}, to exchange, cancel, renew or change the scope of a reservation.`;
}

/** Why a customer can't make the change themselves: the article's rule, with their partner's name. */
export function customerCannotChangeReason(partnerName: string, change: ReservationChange): string {
  return `Contact your partner, ${partnerName}, to ${changeWords[change]} this reservation. Reservations bought through a CSP partner can't be exchanged, cancelled, renewed or re-scoped by the customer.`;
}

/**
 * A request to exchange, cancel, renew or re-scope a reservation. Customers are always refused, whatever
 * their role: only the partner may do it. Partner-side changes are not in Partner Console yet and are
 * refused with a message that says so.
 */
export function changeReservation(actorRef: ActorRef | null, rawInput: unknown): Result<never> {
  const input = parseInput(reservationChangeInput, rawInput);
  if (!input.ok) return input;
  return inActorTransaction(actorRef, (tx, actor): Result<never> => {
    const reservation = tx
      .select({ id: reservations.id, customerId: reservations.customerId })
      .from(reservations)
      .innerJoin(customers, eq(customers.id, reservations.customerId))
      .where(
        and(
          eq(reservations.reservationId, input.data.reservationId.toLowerCase()),
          eq(customers.partnerId, actor.partnerId),
        ),
      )
      .get();
    if (!reservation || (actor.kind === "customer_user" && reservation.customerId !== actor.customerId)) {
      return fail("not_found", "Reservation not found.");
    }
    if (actor.kind === "customer_user")
      return fail("forbidden", customerCannotChangeReason(actor.partnerName, input.data.change));
    return fail(
      "forbidden",
      "Partner Console can't exchange, cancel, renew or re-scope reservations yet: make the change in Partner Center.",
    );
  });
}
