import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { orders } from "@/db/schema";
import { actorRef, customerTenantId, demo, subscriptionOf } from "@/testing/fixtures";
import { POST as postOrder } from "@/app/api/v1/customers/[customerId]/orders/route";
import { POST as postReservationOperation } from "@/app/api/v1/customers/[customerId]/reservations/[reservationId]/[operation]/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { purchaseReservation } from "@/lib/reservations/purchase-reservation";

/** A full API key of Contoso's Admin agent, as a program presents it. */
async function programKey() {
  const created = await createApiKey(await actorRef(demo.contosoAdmin), {
    name: `sync-${crypto.randomUUID().slice(0, 8)}`,
    accessLevel: "full",
    expiresInDays: 30,
  });
  if (!created.ok) throw new Error(created.reason);
  return created.data.key;
}

function post(key: string, path: string, idempotencyKey: string, body: unknown) {
  const json = JSON.stringify(body);
  return new Request(`http://localhost/api/v1${path}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${key}`,
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(json)),
      "idempotency-key": idempotencyKey,
    },
    body: json,
  });
}

const orderCount = async () => (await getDb().select().from(orders)).length;

describe("the API's idempotent writes, with ids typed in capitals", () => {
  it("POST …/orders retried with the customer and subscription ids in capitals answers the same order", async () => {
    const key = await programKey();
    const customerId = await customerTenantId("Adventure Works Cycles");
    const subscriptionId = (await subscriptionOf("Adventure Works Cycles", "azure_plan")).subscriptionId;
    const order = (subscription: string) => ({
      billingCycle: "one_time",
      lineItems: [
        {
          offerId: "DZH318Z0BQ4P:0001",
          quantity: 1,
          termDuration: "P1Y",
          provisioningContext: { subscriptionId: subscription, scope: "shared", region: "eastus" },
        },
      ],
    });
    const send = (customer: string, subscription: string, idempotencyKey: string) =>
      postOrder(post(key, `/customers/${customer}/orders`, idempotencyKey, order(subscription)), {
        params: Promise.resolve({ customerId: customer }),
      });

    const idempotencyKey = crypto.randomUUID();
    const first = await send(customerId, subscriptionId, idempotencyKey);
    expect(first.status).toBe(201);
    const placed = await first.json();
    const before = await orderCount();
    const retry = await send(customerId.toUpperCase(), subscriptionId.toUpperCase(), idempotencyKey);
    expect({ status: retry.status, body: await retry.json() }).toEqual({ status: 201, body: placed });
    expect(await orderCount()).toBe(before);
  });

  it("POST …/reservations/{id}/return retried with the reservation and customer ids in capitals answers the same order", async () => {
    const key = await programKey();
    const customerId = await customerTenantId("Adventure Works Cycles");
    const bought = await purchaseReservation(await actorRef(demo.contosoAdmin), {
      customerId,
      catalogItemId: "DZH318Z0BQ4P:0001",
      region: "eastus",
      term: "P1Y",
      billingPlan: "upfront",
      quantity: 2,
      billingSubscriptionId: (await subscriptionOf("Adventure Works Cycles", "azure_plan")).subscriptionId,
      scope: "shared",
      idempotencyKey: crypto.randomUUID(),
    });
    if (!bought.ok) throw new Error(bought.reason);
    const { reservationId } = bought.data;

    const send = (customer: string, reservation: string, idempotencyKey: string) =>
      postReservationOperation(
        post(key, `/customers/${customer}/reservations/${reservation}/return`, idempotencyKey, { quantity: 1 }),
        { params: Promise.resolve({ customerId: customer, reservationId: reservation, operation: "return" }) },
      );
    const idempotencyKey = crypto.randomUUID();
    const first = await send(customerId, reservationId, idempotencyKey);
    expect(first.status).toBe(201);
    const refund = await first.json();
    const before = await orderCount();
    const retry = await send(customerId.toUpperCase(), reservationId.toUpperCase(), idempotencyKey);
    expect({ status: retry.status, body: await retry.json() }).toEqual({ status: 201, body: refund });
    expect(await orderCount()).toBe(before);
  });
});
