import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { orders, reservations } from "@/db/schema";
import { actorRef, customerActorRef, customerTenantId, demo, subscriptionOf } from "@/db/testing/fixtures";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { exchangeReservation } from "@/lib/reservations/exchange-reservation";
import { purchaseReservation } from "@/lib/reservations/purchase-reservation";
import { refundReservation } from "@/lib/reservations/refund-reservation";
import { purchaseSavingsPlan } from "@/lib/savings-plans/purchase-savings-plan";
import { tradeInReservation } from "@/lib/savings-plans/trade-in-reservation";
import { purchaseAzurePlan } from "@/lib/subscriptions/purchase-azure-plan";

const admin = () => actorRef(demo.contosoAdmin);
const adventureWorks = () => customerTenantId("Adventure Works Cycles");
const adventureWorksPlan = () => subscriptionOf("Adventure Works Cycles", "azure_plan").subscriptionId;
const orderCount = () => getDb().select().from(orders).all().length;

/** A D2s v5 reservation Contoso bought for Adventure Works: compute, so it can be exchanged or traded in. */
function bought(quantity = 4) {
  const result = purchaseReservation(admin(), {
    customerId: adventureWorks(),
    catalogItemId: "DZH318Z0BQ4P:0001",
    region: "eastus",
    term: "P1Y",
    billingPlan: "upfront",
    quantity,
    billingSubscriptionId: adventureWorksPlan(),
    scope: "shared",
    idempotencyKey: crypto.randomUUID(),
  });
  if (!result.ok) throw new Error(result.reason);
  return getDb().select().from(reservations).where(eq(reservations.reservationId, result.data.reservationId)).get()!;
}

/** Sends `input` with a new key, then again with the same key as `retry` spells it: one order, the same answer. */
function sentTwice<T>(send: (input: Record<string, unknown>) => T, input: Record<string, unknown>, retry: object) {
  const key = { idempotencyKey: crypto.randomUUID() };
  const first = send({ ...input, ...key });
  expect(first).toMatchObject({ ok: true });
  const before = orderCount();
  expect(send({ ...input, ...retry, ...key })).toEqual(first);
  expect(orderCount()).toBe(before);
}

describe("an idempotency key's request names objects, not how their ids were typed", () => {
  it("a refund retried with the reservation id in capitals is the same refund", () => {
    const reservationId = bought().reservationId;
    sentTwice(
      (input) => refundReservation(admin(), input),
      { reservationId, quantity: 1 },
      {
        reservationId: reservationId.toUpperCase(),
      },
    );
  });

  it("an exchange retried with the reservation and billing subscription ids in capitals is the same exchange", () => {
    const reservationId = bought().reservationId;
    const target = {
      catalogItemId: "DZH318Z0BQ4P:0002",
      region: "eastus",
      term: "P3Y",
      billingPlan: "upfront",
      quantity: 2,
      billingSubscriptionId: adventureWorksPlan(),
      scope: "shared",
    };
    sentTwice(
      (input) => exchangeReservation(admin(), input),
      { reservationId, quantity: 2, target },
      {
        reservationId: reservationId.toUpperCase(),
        target: { ...target, billingSubscriptionId: adventureWorksPlan().toUpperCase() },
      },
    );
  });

  it("a trade-in retried with the reservation id in capitals is the same trade-in", () => {
    const reservationId = bought().reservationId;
    const savingsPlan = { hourlyCommitment: "0.500", term: "P1Y", billingPlan: "monthly" };
    sentTwice(
      (input) => tradeInReservation(admin(), input),
      { reservationId, quantity: 2, savingsPlan },
      {
        reservationId: reservationId.toUpperCase(),
      },
    );
  });

  it("a purchase retried with the customer and billing subscription ids in capitals is the same purchase", () => {
    const reservation = {
      customerId: adventureWorks(),
      catalogItemId: "DZH318Z0BQ4P:0001",
      region: "eastus",
      term: "P1Y",
      billingPlan: "upfront",
      quantity: 1,
      billingSubscriptionId: adventureWorksPlan(),
      scope: "shared",
    };
    const capitals = {
      customerId: adventureWorks().toUpperCase(),
      billingSubscriptionId: adventureWorksPlan().toUpperCase(),
    };
    sentTwice((input) => purchaseReservation(admin(), input), reservation, capitals);
    const savingsPlan = {
      customerId: adventureWorks(),
      hourlyCommitment: "1.000",
      term: "P1Y",
      billingPlan: "monthly",
      billingSubscriptionId: adventureWorksPlan(),
      scope: "shared",
    };
    sentTwice((input) => purchaseSavingsPlan(admin(), input), savingsPlan, capitals);
    sentTwice(
      (input) => purchaseAzurePlan(admin(), input),
      { customerId: customerTenantId("Northwind Traders") },
      {
        customerId: customerTenantId("Northwind Traders").toUpperCase(),
      },
    );
  });

  it("a customer user's purchase is the same whether it names their own customer or leaves it out", () => {
    setCustomerPurchasePermission(admin(), {
      customerId: customerTenantId("Wingtip Toys"),
      resource: "AzureReservedInstances",
      enabled: true,
    });
    const alex = customerActorRef("alex@wingtiptoys.onmicrosoft.com");
    const choice = {
      catalogItemId: "DZH318Z0BQ4P:0001",
      region: "westus2",
      term: "P1Y",
      billingPlan: "upfront",
      quantity: 1,
      billingSubscriptionId: subscriptionOf("Wingtip Toys", "azure_plan").subscriptionId,
      scope: "shared",
    };
    sentTwice((input) => purchaseReservation(alex, input), choice, {
      customerId: customerTenantId("Wingtip Toys").toUpperCase(),
    });
  });

  it("the same key for another object is still refused", () => {
    const reservationId = bought().reservationId;
    const other = bought().reservationId;
    const idempotencyKey = crypto.randomUUID();
    expect(refundReservation(admin(), { reservationId, quantity: 1, idempotencyKey })).toMatchObject({ ok: true });
    expect(refundReservation(admin(), { reservationId: other, quantity: 1, idempotencyKey })).toMatchObject({
      ok: false,
      error: "idempotency_key_reused",
    });
  });
});
