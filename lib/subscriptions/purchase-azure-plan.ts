import { eq } from "drizzle-orm";
import { z } from "zod";
import { offers } from "@/db/offers";
import { orderLines, orders, partners, subscriptions, type PurchasePermissionResource } from "@/db/schema";
import type { Tx } from "@/db/client";
import type { ActorRef, PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordOrderCreated } from "@/lib/activity/record-order-created";
import { findPartnerCustomer } from "@/lib/customers/find-customer";
import {
  readTurnedOnForAzurePlan,
  turnOnForFirstAzurePlan,
} from "@/lib/new-azure-plan-permissions/turn-on-for-first-azure-plan";
import { idempotencyKey, oncePerIdempotencyKey } from "@/lib/orders/idempotency";
import { storedCustomerId } from "@/lib/orders/stored-ids";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput } from "@/lib/validation";
import { existingAzurePlan, isFirstAzurePlan } from "./azure-plan-rules";

export const purchaseAzurePlanInput = z.object({ customerId: microsoftId, idempotencyKey });

export type AzurePlanPurchase = {
  orderId: string;
  subscriptionId: string;
  /** The permissions the partner's rules for new Azure plans turned on with it, in the same transaction. */
  permissionsTurnedOn: PurchasePermissionResource[];
};

/** The result of an Azure plan purchase already made, by its order's row id. */
async function readAzurePlanPurchase(tx: Tx, orderRowId: number): Promise<AzurePlanPurchase> {
  const [row] = await tx
    .select({
      orderId: orders.orderId,
      subscriptionId: subscriptions.subscriptionId,
      customerId: orders.customerId,
      at: orders.createdAt,
    })
    .from(orders)
    .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
    .innerJoin(subscriptions, eq(subscriptions.id, orderLines.subscriptionId))
    .where(eq(orders.id, orderRowId))
    .limit(1);
  if (!row) throw new Error(`Order ${orderRowId} provisioned no subscription`);
  return {
    orderId: row.orderId,
    subscriptionId: row.subscriptionId,
    permissionsTurnedOn: await readTurnedOnForAzurePlan(tx, row.customerId, row.at),
  };
}

/**
 * Buys an Azure plan for a customer that has none: an order with one line, the active subscription it
 * provisions, and a "Create Order" activity entry, in one transaction, once per idempotency key. Admin and
 * Sales agents only. With the customer's first Azure plan, the partner's rules for new Azure plans turn their
 * permissions on in the same transaction.
 */
export async function purchaseAzurePlan(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<AzurePlanPurchase>> {
  const input = parseInput(purchaseAzurePlanInput, rawInput);
  if (!input.ok) return input;
  const { idempotencyKey: key, ...request } = input.data;

  return inWriteTransaction(actorRef, async (tx, actor) =>
    oncePerIdempotencyKey(tx, {
      actor,
      key,
      operation: "purchase_azure_plan",
      request: { customerId: await storedCustomerId(tx, actor, request.customerId) },
      replay: (orderRowId) => readAzurePlanPurchase(tx, orderRowId),
      create: () => buyAzurePlan(tx, actor, request.customerId),
    }),
  );
}

async function buyAzurePlan(
  tx: Tx,
  actor: PartnerActor,
  customerTenantId: string,
): Promise<Result<{ orderRowId: number; result: AzurePlanPurchase }>> {
  const customer = await findPartnerCustomer(tx, actor.partnerId, customerTenantId);
  if (!customer) return fail("not_found", "errors.customer_not_found");
  if (!can(actor.role, "placeOrders")) {
    return fail("forbidden", "subscriptions.errors.onlyAdminsAndSalesPlaceOrders");
  }
  const held = await tx.select().from(subscriptions).where(eq(subscriptions.customerId, customer.id));
  const current = existingAzurePlan(held);
  if (current) {
    return fail("conflict", "subscriptions.errors.alreadyHasAzurePlan", {
      companyName: customer.companyName,
      status: current.status,
    });
  }

  const now = new Date();
  const offer = offers.azure_plan;
  const [{ currency }] = await tx
    .select({ currency: partners.currency })
    .from(partners)
    .where(eq(partners.id, actor.partnerId))
    .limit(1);
  const [subscription] = await tx
    .insert(subscriptions)
    .values({
      subscriptionId: crypto.randomUUID(),
      customerId: customer.id,
      offerType: "azure_plan",
      offerId: offer.offerId,
      offerName: offer.offerName,
      friendlyName: offer.offerName,
      usageBased: true,
      status: "active",
      createdAt: now,
    })
    .returning();
  const [order] = await tx
    .insert(orders)
    .values({
      orderId: crypto.randomUUID(),
      customerId: customer.id,
      channel: "partner",
      placedByPartnerUserId: actor.id,
      placedByEmail: actor.email,
      currency,
      // Azure plan is billed by consumption: nothing is charged when it is bought.
      totalMinor: 0,
      createdAt: now,
    })
    .returning();
  await tx.insert(orderLines).values({
    orderId: order.id,
    offerId: offer.offerId,
    offerName: offer.offerName,
    quantity: 1,
    unitPriceMinor: null,
    subscriptionId: subscription.id,
  });
  await recordOrderCreated(tx, {
    actor,
    customer,
    order,
    details: {
      lineItems: [
        {
          offerId: offer.offerId,
          offerName: offer.offerName,
          quantity: 1,
          subscriptionId: subscription.subscriptionId,
        },
      ],
    },
    at: now,
  });
  const permissionsTurnedOn = isFirstAzurePlan(held) ? await turnOnForFirstAzurePlan(tx, actor, customer, now) : [];
  return ok({
    orderRowId: order.id,
    result: { orderId: order.orderId, subscriptionId: subscription.subscriptionId, permissionsTurnedOn },
  });
}
