"use server";

import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { purchaseReservation, quoteReservation } from "@/lib/reservations/purchase-reservation";
import { afterCustomerChange } from "../../after-customer-change";

export async function quoteReservationAction(input: unknown) {
  return inReadersWords(quoteReservation(await getActorRef(), input));
}

export async function purchaseReservationAction(input: unknown) {
  return inReadersWords(afterCustomerChange(await purchaseReservation(await getActorRef(), input)));
}
