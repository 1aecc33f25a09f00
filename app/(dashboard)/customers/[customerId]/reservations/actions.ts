"use server";

import { getActorRef } from "@/lib/auth/current-actor";
import { purchaseReservation, quoteReservation } from "@/lib/reservations/purchase-reservation";
import { afterCustomerChange } from "../../after-customer-change";

export async function quoteReservationAction(input: unknown) {
  return quoteReservation(await getActorRef(), input);
}

export async function purchaseReservationAction(input: unknown) {
  return afterCustomerChange(purchaseReservation(await getActorRef(), input));
}
