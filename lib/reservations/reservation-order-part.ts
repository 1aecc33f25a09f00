import type { Tx } from "@/db/client";
import { orderLines, reservations, type Order } from "@/db/schema";
import type { CheckedPurchase } from "@/lib/purchases/check-purchase";
import type { ItemWritten } from "@/lib/purchases/item-written";
import type { PurchaseItem } from "@/lib/purchases/purchase-item";
import { placementOf } from "@/lib/purchases/placement";

type ReservationItem = Extract<PurchaseItem, { kind: "reservation" }>;

const namePrefixes = {
  "Virtual machines": "VM_RI",
  "Azure SQL Database": "SQL_RI",
  "App Service": "AppService_RI",
  "Azure Cosmos DB": "CosmosDB_RI",
} as const;

/** Azure's default reservation name: the product kind and the purchase time, e.g. VM_RI_11-24-2026_09-30. */
function defaultDisplayName(item: ReservationItem, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}-${at.getUTCFullYear()}`;
  return `${namePrefixes[item.product.category]}_${date}_${pad(at.getUTCHours())}-${pad(at.getUTCMinutes())}`;
}

/** A reservation's part of an order: the reservation, its line, and how the order's entry and alert name it. */
export async function writeReservationPart(
  tx: Tx,
  order: Order,
  purchase: CheckedPurchase<ReservationItem>,
  at: Date,
  exchangedFromReservationId: number | null,
): Promise<ItemWritten> {
  const { customer, subscription, item, price } = purchase;
  const { product, choice } = item;
  const [reservation] = await tx
    .insert(reservations)
    .values({
      reservationId: crypto.randomUUID(),
      customerId: customer.id,
      orderId: order.id,
      displayName: defaultDisplayName(item, at),
      catalogItemId: product.catalogItemId,
      productName: product.name,
      region: choice.region,
      quantity: choice.quantity,
      term: choice.term,
      billingPlan: choice.billingPlan,
      ...placementOf(choice, subscription, at),
      exchangedFromReservationId,
    })
    .returning();
  const billingCycle = choice.billingPlan === "upfront" ? "one_time" : "monthly";
  await tx.insert(orderLines).values({
    orderId: order.id,
    offerId: product.catalogItemId,
    offerName: `${product.name} reservation`,
    quantity: choice.quantity,
    unitPriceMinor: price.unitPriceMinor,
    termDuration: choice.term,
    billingCycle,
    subscriptionId: subscription.id,
    reservationId: reservation.id,
  });
  return {
    created: { reservationId: reservation.reservationId },
    lineItems: [
      {
        catalogItemId: product.catalogItemId,
        productName: product.name,
        quantity: choice.quantity,
        termDuration: choice.term,
        billingCycle,
        provisioningContext: {
          subscriptionId: subscription.subscriptionId,
          scope: choice.scope,
          region: choice.region,
          ...(reservation.resourceGroup && { resourceGroup: reservation.resourceGroup }),
        },
      },
    ],
    alert: {
      kind: "reservation_purchased",
      params: { quantity: choice.quantity, product: product.name, region: choice.region },
      link: `/customers/${customer.tenantId}/reservations`,
    },
  };
}
