import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { notifications, orders, partnerSettings, type Order } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { recordOrderCreated } from "@/lib/activity/record-order-created";
import { writeReservationPart } from "@/lib/reservations/reservation-order-part";
import { released } from "@/lib/reservations/returned-lines";
import { writeSavingsPlanPart } from "@/lib/savings-plans/savings-plan-order-part";
import type { CheckedPurchase } from "./check-purchase";
import type { ItemWritten } from "./item-written";
import { writeReturnedPart, type ReturnedPart } from "./returned-part";

/**
 * Writes the order of a checked purchase: the order, what was bought (a reservation or a savings plan, each its own
 * part), and its "Create Order" entry, or, when part of a reservation is given back in the same order (an exchange or
 * a trade-in), that returned part and its own entry instead. A customer's own purchase also notifies the partner when
 * they asked for purchase alerts. Call it inside the transaction that checked the purchase.
 */
export async function writeOrder(
  tx: Tx,
  actor: Actor,
  purchase: CheckedPurchase,
  at: Date,
  returned?: ReturnedPart,
): Promise<{ order: Order; written: ItemWritten }> {
  const { customer, price, currency, channel } = purchase;
  const [order] = await tx
    .insert(orders)
    .values({
      orderId: crypto.randomUUID(),
      customerId: customer.id,
      channel,
      placedByPartnerUserId: actor.kind === "partner_user" ? actor.id : null,
      placedByCustomerUserId: actor.kind === "customer_user" ? actor.id : null,
      placedByEmail: actor.email,
      currency,
      totalMinor: price.totalMinor - (returned ? released(returned.amounts) : 0),
      createdAt: at,
    })
    .returning();
  const returnedId = returned?.reservation.id ?? null;
  const written =
    purchase.item.kind === "reservation"
      ? await writeReservationPart(tx, order, purchase as CheckedPurchase<typeof purchase.item>, at, returnedId)
      : await writeSavingsPlanPart(tx, order, purchase as CheckedPurchase<typeof purchase.item>, at, returnedId);

  if (returned) {
    await writeReturnedPart(tx, actor, { customer, order, written, returned, at });
    return { order, written };
  }
  await recordOrderCreated(tx, {
    actor,
    customer,
    order,
    details: { lineItems: written.lineItems, ...written.created, total: { amountMinor: price.totalMinor, currency } },
    at,
  });
  if (channel === "customer_self_service") await alertPartner(tx, actor, purchase, written, at);
  return { order, written };
}

/** The in-app notification of a customer's own purchase, when the partner asked for purchase alerts. */
async function alertPartner(tx: Tx, actor: Actor, purchase: CheckedPurchase, written: ItemWritten, at: Date) {
  const { customer, price, currency } = purchase;
  const [settings] = await tx
    .select({ purchaseAlerts: partnerSettings.purchaseAlerts })
    .from(partnerSettings)
    .where(eq(partnerSettings.partnerId, customer.partnerId))
    .limit(1);
  if (!settings?.purchaseAlerts) return;
  await tx.insert(notifications).values({
    partnerId: customer.partnerId,
    customerId: customer.id,
    kind: written.alert.kind,
    params: {
      buyer: actor.displayName,
      customer: customer.companyName,
      ...written.alert.params,
      totalMinor: price.totalMinor,
      currency,
    },
    link: written.alert.link,
    createdAt: at,
  });
}
