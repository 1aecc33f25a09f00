"use server";

import { getActorRef } from "@/lib/auth/current-actor";
import { changeReservationScope } from "@/lib/reservations/change-reservation-scope";
import { calculateExchange, exchangeReservation } from "@/lib/reservations/exchange-reservation";
import { calculateRefund, refundReservation } from "@/lib/reservations/refund-reservation";
import { setReservationAutoRenew } from "@/lib/reservations/set-reservation-auto-renew";
import { calculateTradeIn, tradeInReservation } from "@/lib/savings-plans/trade-in-reservation";
import { afterCustomerChange } from "../../../after-customer-change";

// Doors onto the reservation use cases: who is asking and what the Manage page sent, nothing more.

export async function changeReservationScopeAction(input: unknown) {
  return afterCustomerChange(changeReservationScope(await getActorRef(), input));
}

export async function setReservationAutoRenewAction(input: unknown) {
  return afterCustomerChange(setReservationAutoRenew(await getActorRef(), input));
}

export async function calculateRefundAction(input: unknown) {
  return calculateRefund(await getActorRef(), input);
}

export async function refundReservationAction(input: unknown) {
  return afterCustomerChange(refundReservation(await getActorRef(), input));
}

export async function calculateExchangeAction(input: unknown) {
  return calculateExchange(await getActorRef(), input);
}

export async function exchangeReservationAction(input: unknown) {
  return afterCustomerChange(exchangeReservation(await getActorRef(), input));
}

export async function calculateTradeInAction(input: unknown) {
  return calculateTradeIn(await getActorRef(), input);
}

export async function tradeInReservationAction(input: unknown) {
  return afterCustomerChange(tradeInReservation(await getActorRef(), input));
}
