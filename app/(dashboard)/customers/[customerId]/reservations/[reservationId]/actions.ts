"use server";

import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { changeReservationScope } from "@/lib/reservations/change-reservation-scope";
import { calculateExchange, exchangeReservation } from "@/lib/reservations/exchange-reservation";
import { calculateRefund, refundReservation } from "@/lib/reservations/refund-reservation";
import { setReservationAutoRenew } from "@/lib/reservations/set-reservation-auto-renew";
import { calculateTradeIn, tradeInReservation } from "@/lib/savings-plans/trade-in-reservation";
import { afterCustomerChange } from "../../../after-customer-change";

// Doors onto the reservation use cases: who is asking and what the Manage page sent, nothing more; a refusal is
// answered in the reader's words.

export async function changeReservationScopeAction(input: unknown) {
  return inReadersWords(afterCustomerChange(await changeReservationScope(await getActorRef(), input)));
}

/** The reservation is bound by the page; the Renewal form sends what auto-renew is to become. */
export async function setReservationAutoRenewAction(reservationId: unknown, formData: FormData) {
  return inReadersWords(
    afterCustomerChange(
      await setReservationAutoRenew(await getActorRef(), {
        reservationId,
        autoRenew: formData.get("autoRenew") === "true",
      }),
    ),
  );
}

export async function calculateRefundAction(input: unknown) {
  return inReadersWords(calculateRefund(await getActorRef(), input));
}

export async function refundReservationAction(input: unknown) {
  return inReadersWords(afterCustomerChange(await refundReservation(await getActorRef(), input)));
}

export async function calculateExchangeAction(input: unknown) {
  return inReadersWords(calculateExchange(await getActorRef(), input));
}

export async function exchangeReservationAction(input: unknown) {
  return inReadersWords(afterCustomerChange(await exchangeReservation(await getActorRef(), input)));
}

export async function calculateTradeInAction(input: unknown) {
  return inReadersWords(calculateTradeIn(await getActorRef(), input));
}

export async function tradeInReservationAction(input: unknown) {
  return inReadersWords(afterCustomerChange(await tradeInReservation(await getActorRef(), input)));
}
