"use server";

import { revalidatePath } from "next/cache";
import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { purchaseReservation, quoteReservation } from "@/lib/reservations/purchase-reservation";

// The customer's doors onto the same use cases the partner's use: the use case tells the two apart.

export async function quoteReservationAction(input: unknown) {
  return inReadersWords(quoteReservation(await getActorRef(), input));
}

export async function purchaseReservationAction(input: unknown) {
  const result = await purchaseReservation(await getActorRef(), input);
  if (result.ok) revalidatePath("/portal/reservations");
  return inReadersWords(result);
}
