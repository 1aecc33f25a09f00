import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { orders, reservations } from "@/db/schema";
import { actorRef, customerActorRef, customerTenantId, demo, subscriptionOf } from "@/testing/fixtures";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { exchangeReservation } from "@/lib/reservations/exchange-reservation";
import { purchaseReservation } from "@/lib/reservations/purchase-reservation";
import { refundReservation } from "@/lib/reservations/refund-reservation";
import { purchaseSavingsPlan } from "@/lib/savings-plans/purchase-savings-plan";
import { tradeInReservation } from "@/lib/savings-plans/trade-in-reservation";
import { purchaseAzurePlan } from "@/lib/subscriptions/purchase-azure-plan";

const admin = () => actorRef(demo.contosoAdmin);
const adventureWorks = () => customerTenantId("Adventure Works Cycles");
const adventureWorksPlan = async () => (await subscriptionOf("Adventure Works Cycles", "azure_plan")).subscriptionId;
const orderCount = async () => (await getDb().select().from(orders)).length;

/** A D2s v5 reservation Contoso bought for Adventure Works: compute, so it can be exchanged or traded in. */
async function bought(quantity = 4) {
  const result = await purchaseReservation(await admin(), {
    customerId: await adventureWorks(),
    catalogItemId: "DZH318Z0BQ4P:0001",
    region: "eastus",
    term: "P1Y",
    billingPlan: "upfront",
    quantity,
    billingSubscriptionId: await adventureWorksPlan(),
    scope: "shared",
    idempotencyKey: crypto.randomUUID(),
  });
  if (!result.ok) throw new Error(result.reason);
  const [reservation] = await getDb()
    .select()
    .from(reservations)
    .where(eq(reservations.reservationId, result.data.reservationId))
    .limit(1);
  return reservation;
}

/** Sends `input` with a new key, then again with the same key as `retry` spells it: one order, the same answer. */
async function sentTwice<T>(
  send: (input: Record<string, unknown>) => Promise<T>,
  input: Record<string, unknown>,
  retry: object,
) {
  const key = { idempotencyKey: crypto.randomUUID() };
  const first = await send({ ...input, ...key });
  expect(first).toMatchObject({ ok: true });
  const before = await orderCount();
  expect(await send({ ...input, ...retry, ...key })).toEqual(first);
  expect(await orderCount()).toBe(before);
}

describe("an idempotency key's request names objects, not how their ids were typed", () => {
  it("a refund retried with the reservation id in capitals is the same refund", async () => {
    const reservationId = (await bought()).reservationId;
    await sentTwice(
      async (input) => refundReservation(await admin(), input),
      { reservationId, quantity: 1 },
      {
        reservationId: reservationId.toUpperCase(),
      },
    );
  });

  it("an exchange retried with the reservation and billing subscription ids in capitals is the same exchange", async () => {
    const reservationId = (await bought()).reservationId;
    const target = {
      catalogItemId: "DZH318Z0BQ4P:0002",
      region: "eastus",
      term: "P3Y",
      billingPlan: "upfront",
      quantity: 2,
      billingSubscriptionId: await adventureWorksPlan(),
      scope: "shared",
    };
    await sentTwice(
      async (input) => exchangeReservation(await admin(), input),
      { reservationId, quantity: 2, target },
      {
        reservationId: reservationId.toUpperCase(),
        target: { ...target, billingSubscriptionId: (await adventureWorksPlan()).toUpperCase() },
      },
    );
  });

  it("a trade-in retried with the reservation id in capitals is the same trade-in", async () => {
    const reservationId = (await bought()).reservationId;
    const savingsPlan = { hourlyCommitment: "0.500", term: "P1Y", billingPlan: "monthly" };
    await sentTwice(
      async (input) => tradeInReservation(await admin(), input),
      { reservationId, quantity: 2, savingsPlan },
      {
        reservationId: reservationId.toUpperCase(),
      },
    );
  });

  it("a purchase retried with the customer and billing subscription ids in capitals is the same purchase", async () => {
    const reservation = {
      customerId: await adventureWorks(),
      catalogItemId: "DZH318Z0BQ4P:0001",
      region: "eastus",
      term: "P1Y",
      billingPlan: "upfront",
      quantity: 1,
      billingSubscriptionId: await adventureWorksPlan(),
      scope: "shared",
    };
    const capitals = {
      customerId: (await adventureWorks()).toUpperCase(),
      billingSubscriptionId: (await adventureWorksPlan()).toUpperCase(),
    };
    await sentTwice(async (input) => purchaseReservation(await admin(), input), reservation, capitals);
    const savingsPlan = {
      customerId: await adventureWorks(),
      hourlyCommitment: "1.000",
      term: "P1Y",
      billingPlan: "monthly",
      billingSubscriptionId: await adventureWorksPlan(),
      scope: "shared",
    };
    await sentTwice(async (input) => purchaseSavingsPlan(await admin(), input), savingsPlan, capitals);
    await sentTwice(
      async (input) => purchaseAzurePlan(await admin(), input),
      { customerId: await customerTenantId("Northwind Traders") },
      {
        customerId: (await customerTenantId("Northwind Traders")).toUpperCase(),
      },
    );
  });

  it("a customer user's purchase is the same whether it names their own customer or leaves it out", async () => {
    await setCustomerPurchasePermission(await admin(), {
      customerId: await customerTenantId("Wingtip Toys"),
      resource: "AzureReservedInstances",
      enabled: true,
    });
    const alex = await customerActorRef("alex@wingtiptoys.onmicrosoft.com");
    const choice = {
      catalogItemId: "DZH318Z0BQ4P:0001",
      region: "westus2",
      term: "P1Y",
      billingPlan: "upfront",
      quantity: 1,
      billingSubscriptionId: (await subscriptionOf("Wingtip Toys", "azure_plan")).subscriptionId,
      scope: "shared",
    };
    await sentTwice((input) => purchaseReservation(alex, input), choice, {
      customerId: (await customerTenantId("Wingtip Toys")).toUpperCase(),
    });
  });

  it("the same key for another object is still refused", async () => {
    const reservationId = (await bought()).reservationId;
    const other = (await bought()).reservationId;
    const idempotencyKey = crypto.randomUUID();
    expect(await refundReservation(await admin(), { reservationId, quantity: 1, idempotencyKey })).toMatchObject({
      ok: true,
    });
    expect(await refundReservation(await admin(), { reservationId: other, quantity: 1, idempotencyKey })).toMatchObject(
      {
        ok: false,
        error: "idempotency_key_reused",
      },
    );
  });
});
