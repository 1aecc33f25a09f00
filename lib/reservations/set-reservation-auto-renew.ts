import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { reservations } from "@/db/schema";
import type { ActorRef, PartnerActor } from "@/lib/access/actor";
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
export async function setReservationAutoRenew(
  actorRef: ActorRef | null,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<{ autoRenew: boolean; changed: boolean }>> {
  // A malformed request is answered as such before anyone is looked up.
  const input = parseInput(setReservationAutoRenewInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, (tx, actor) => setReservationAutoRenewWithin(tx, actor, rawInput, now));
}

/**
 * The body of `setReservationAutoRenew`, in the caller's write transaction with the actor it loaded (the API's update
 * and an approved request run it so). Takes the input as it came, and checks it.
 */
export async function setReservationAutoRenewWithin(
  tx: Tx,
  actor: PartnerActor,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<{ autoRenew: boolean; changed: boolean }>> {
  const input = parseInput(setReservationAutoRenewInput, rawInput);
  if (!input.ok) return input;
  const { autoRenew } = input.data;
  const found = await checkReturnable(tx, actor, input.data.reservationId, 0, now);
  if (!found.ok) return found;
  const { reservation, customer } = found.data;
  if (reservation.autoRenew === autoRenew) return ok({ autoRenew, changed: false });
  await tx.update(reservations).set({ autoRenew }).where(eq(reservations.id, reservation.id));
  await recordActivity(tx, {
    actor,
    customer,
    operationType: "update_reservation",
    resourceType: "reservation",
    oldValue: { id: reservation.reservationId, autoRenew: reservation.autoRenew },
    newValue: { id: reservation.reservationId, autoRenew },
    at: now,
  });
  return ok({ autoRenew, changed: true });
}
