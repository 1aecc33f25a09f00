import { eq } from "drizzle-orm";
import { z } from "zod";
import { reservations } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { ok, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason } from "@/lib/validation";
import { checkReturnable } from "./refund-reservation";

export const setReservationAutoRenewInput = z.object({
  reservationId: microsoftId,
  autoRenew: z.boolean({ message: reason("reservations.errors.autoRenewBoolean") }),
});

/**
 * Turns auto-renew on or off: a reservation with it on is bought again when it expires, at the partner's price of
 * that day (lib/reservations/renew-reservations.ts). Admin agents only.
 */
export function setReservationAutoRenew(
  actorRef: ActorRef | null,
  rawInput: unknown,
  now = new Date(),
): Result<{ autoRenew: boolean; changed: boolean }> {
  const input = parseInput(setReservationAutoRenewInput, rawInput);
  if (!input.ok) return input;
  const { autoRenew } = input.data;

  return inWriteTransaction(actorRef, (tx, actor): Result<{ autoRenew: boolean; changed: boolean }> => {
    const found = checkReturnable(tx, actor, input.data.reservationId, 0, now);
    if (!found.ok) return found;
    const { reservation, customer } = found.data;
    if (reservation.autoRenew === autoRenew) return ok({ autoRenew, changed: false });
    tx.update(reservations).set({ autoRenew }).where(eq(reservations.id, reservation.id)).run();
    recordActivity(tx, {
      actor,
      customer,
      operationType: "update_reservation",
      resourceType: "reservation",
      oldValue: { id: reservation.reservationId, autoRenew: reservation.autoRenew },
      newValue: { id: reservation.reservationId, autoRenew },
      at: now,
    });
    return ok({ autoRenew, changed: true });
  });
}
