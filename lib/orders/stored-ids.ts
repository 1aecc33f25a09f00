import type { Tx } from "@/db/client";
import type { Actor } from "@/lib/access/actor";
import { purchasingCustomer } from "@/lib/purchases/check-purchase";
import { findPartnerReservation } from "@/lib/reservations/find-reservation";
import { findPartnerSubscription } from "@/lib/subscriptions/find-subscription";

// What an idempotency key's request names is hashed as stored, not as typed (record 010): ids are GUIDs, which a
// client may spell in capitals on its retry, and a customer user may name their own customer or leave it out. Each
// is the stored id of the object it resolves to for this actor; one that resolves to none is kept as typed, and the
// use case refuses it (a refusal keeps nothing under the key).

/** The customer a purchase is for, as stored: a customer user's own when they leave it out. */
export async function storedCustomerId(tx: Tx, actor: Actor, typed: string | undefined): Promise<string | undefined> {
  return (await purchasingCustomer(tx, actor, typed))?.tenantId ?? typed;
}

export async function storedSubscriptionId(tx: Tx, actor: Actor, typed: string): Promise<string> {
  return (await findPartnerSubscription(tx, actor.partnerId, typed))?.subscription.subscriptionId ?? typed;
}

export async function storedReservationId(tx: Tx, actor: Actor, typed: string): Promise<string> {
  return (await findPartnerReservation(tx, actor.partnerId, typed))?.reservation.reservationId ?? typed;
}
