import type { Reservation } from "@/db/schema";

export type ReservationState = "active" | "expired" | "cancelled" | "exchanged";

/** Where a reservation stands: cancelled and exchanged are recorded when they happen; expired follows from its end. */
export function reservationState(reservation: Pick<Reservation, "status" | "expiresAt">, now: Date): ReservationState {
  if (reservation.status !== "active") return reservation.status;
  return reservation.expiresAt <= now ? "expired" : "active";
}
