import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as getAuditRecords } from "@/app/api/v1/auditrecords/route";
import { GET as getCustomers } from "@/app/api/v1/customers/route";
import { POST as postOrder } from "@/app/api/v1/customers/[customerId]/orders/route";
import { POST as postReservationOperation } from "@/app/api/v1/customers/[customerId]/reservations/[reservationId]/[operation]/route";
import { getDb } from "@/db/client";
import { activityEntries, orders, reservationRequests, reservations, savingsPlans } from "@/db/schema";
import { actor, actorRef, customerActorRef, customerTenantId, demo, subscriptionOf } from "@/testing/fixtures";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { listAuditRecords } from "@/lib/api/audit-records";
import { listCustomerResources } from "@/lib/api/customers-api";
import { describeFailure, inEnglish } from "@/lib/i18n/describe";
import { askPartner } from "@/lib/reservation-requests/ask-partner";
import { calculateExchange, exchangeReservation } from "@/lib/reservations/exchange-reservation";
import { purchaseReservation, quoteReservation } from "@/lib/reservations/purchase-reservation";
import { calculateRefund, refundReservation } from "@/lib/reservations/refund-reservation";
import type { Result } from "@/lib/result";
import { calculateTradeIn, tradeInReservation } from "@/lib/savings-plans/trade-in-reservation";

/** What a quantity is not: each of these once meant 1 (or 16), and moved money. */
const oddQuantities: unknown[] = [true, [1], "0x1", " 1 ", "1e0", "1.0", 1.5, "", null, {}, "0x10"];

const admin = () => actorRef(demo.contosoAdmin);
const customerId = () => customerTenantId("Adventure Works Cycles");
const billingSubscriptionId = async () => (await subscriptionOf("Adventure Works Cycles", "azure_plan")).subscriptionId;

/** Everything a refused request might have written. */
const written = async () => ({
  orders: (await getDb().select().from(orders)).length,
  entries: (await getDb().select().from(activityEntries)).length,
  requests: (await getDb().select().from(reservationRequests)).length,
  savingsPlans: (await getDb().select().from(savingsPlans)).length,
  held: (await getDb().select({ quantity: reservations.quantity }).from(reservations)).map((r) => r.quantity),
});

/** Two D2s v5 bought for a year, up front: something to return, exchange and trade in. */
async function twoVms() {
  const bought = await purchaseReservation(await admin(), {
    customerId: await customerId(),
    catalogItemId: "DZH318Z0BQ4P:0001",
    region: "eastus",
    term: "P1Y",
    billingPlan: "upfront",
    quantity: 2,
    billingSubscriptionId: await billingSubscriptionId(),
    scope: "shared",
    idempotencyKey: crypto.randomUUID(),
  });
  if (!bought.ok) throw new Error(bought.reason);
  return bought.data.reservationId;
}

const choice = async (quantity: unknown) => ({
  catalogItemId: "DZH318Z0BQ4P:0002",
  region: "eastus",
  term: "P1Y",
  billingPlan: "upfront",
  quantity,
  billingSubscriptionId: await billingSubscriptionId(),
  scope: "shared",
});

/** A refusal of that field as not a whole number, in words a person understands. */
function expectRefused(result: Result<unknown>, field: string, reason: string) {
  expect(result).toMatchObject({ ok: false, error: "invalid_input", fieldErrors: { [field]: [{ reason }] } });
  if (result.ok) return;
  expect(describeFailure(result, inEnglish).fieldErrors![field]).toEqual(["Quantity must be a whole number."]);
}

describe("a quantity is a whole number: a JSON integer, or digits from a form, nothing else", () => {
  it("is refused by every use case that moves money, and nothing is written", async () => {
    const reservationId = await twoVms();
    const before = await written();
    const whole = "reservations.errors.quantityWhole";
    for (const quantity of oddQuantities) {
      const key = { idempotencyKey: crypto.randomUUID() };
      expectRefused(await calculateRefund(await admin(), { reservationId, quantity }), "quantity", whole);
      expectRefused(await refundReservation(await admin(), { reservationId, quantity, ...key }), "quantity", whole);
      const exchange = { reservationId, quantity, target: await choice(1) };
      expectRefused(await calculateExchange(await admin(), exchange), "quantity", whole);
      expectRefused(await exchangeReservation(await admin(), { ...exchange, ...key }), "quantity", whole);
      const exchangeFor = { reservationId, quantity: 1, target: await choice(quantity) };
      expectRefused(await calculateExchange(await admin(), exchangeFor), "target.quantity", whole);
      expectRefused(await exchangeReservation(await admin(), { ...exchangeFor, ...key }), "target.quantity", whole);
      const tradeIn = {
        reservationId,
        quantity,
        savingsPlan: { hourlyCommitment: "1.000", term: "P1Y", billingPlan: "upfront" },
      };
      expectRefused(await calculateTradeIn(await admin(), tradeIn), "quantity", "savingsPlans.errors.tradeInQuantity");
      expectRefused(
        await tradeInReservation(await admin(), { ...tradeIn, ...key }),
        "quantity",
        "savingsPlans.errors.tradeInQuantity",
      );
      const purchase = { customerId: await customerId(), ...(await choice(quantity)) };
      expectRefused(await quoteReservation(await admin(), purchase), "quantity", whole);
      expectRefused(await purchaseReservation(await admin(), { ...purchase, ...key }), "quantity", whole);
    }
    expect(await written()).toEqual(before);
  });

  it("is refused in what a customer asks for, and nothing is written", async () => {
    const lynne = await customerActorRef("lynne@fourthcoffee.onmicrosoft.com");
    const [sql] = await getDb()
      .select()
      .from(reservations)
      .where(eq(reservations.resourceGroup, "rg-coffee-data"))
      .limit(1);
    const before = await written();
    for (const quantity of oddQuantities) {
      const cancel = await askPartner(lynne, {
        reservationId: sql.reservationId,
        kind: "cancel",
        details: { quantity },
      });
      expectRefused(cancel, "quantity", "reservations.errors.quantityWhole");
    }
    expect(await written()).toEqual(before);
  });

  it("is taken as digits from a form, and as a JSON integer", async () => {
    const reservationId = await twoVms();
    expect(await calculateRefund(await admin(), { reservationId, quantity: "2" })).toMatchObject({
      ok: true,
      data: { quantity: 2 },
    });
    expect(await calculateRefund(await admin(), { reservationId, quantity: 1 })).toMatchObject({
      ok: true,
      data: { quantity: 1 },
    });
    expect(await calculateRefund(await admin(), { reservationId, quantity: 0 })).toMatchObject({
      fieldErrors: { quantity: [{ reason: "reservations.errors.returnAtLeastOne" }] },
    });
  });

  it("is the API's page size too: size=0x10 is not 16", async () => {
    const contoso = await actor(demo.contosoAdmin);
    for (const size of ["0x10", " 16", "16.0", "1e1", ""]) {
      expect(await listCustomerResources(contoso, { size })).toMatchObject({
        ok: false,
        fieldErrors: { size: [{ reason: "developers.errors.size" }] },
      });
      expect(await listAuditRecords(contoso, { size })).toMatchObject({
        ok: false,
        fieldErrors: { size: [{ reason: "developers.errors.size" }] },
      });
    }
    expect(await listCustomerResources(contoso, { size: "16" })).toMatchObject({ ok: true });
    expect(await listCustomerResources(contoso, { size: "501" })).toMatchObject({ ok: false });
  });
});

/** A full API key of Contoso's Admin agent, as a program presents it. */
async function programKey() {
  const created = await createApiKey(await admin(), {
    name: `quantities-${crypto.randomUUID().slice(0, 8)}`,
    accessLevel: "full",
    expiresInDays: 30,
  });
  if (!created.ok) throw new Error(created.reason);
  return created.data.key;
}

function request(key: string, path: string, body?: unknown) {
  const json = body === undefined ? undefined : JSON.stringify(body);
  return new Request(`http://localhost/api/v1${path}`, {
    method: json === undefined ? "GET" : "POST",
    headers: {
      authorization: `Bearer ${key}`,
      ...(json !== undefined && {
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(json)),
        "idempotency-key": crypto.randomUUID(),
      }),
    },
    body: json,
  });
}

describe("the REST API refuses an odd quantity or size with a 400 that names it, and writes nothing", () => {
  it("POST …/orders and POST …/reservations/{id}/return | calculateRefund | exchange", async () => {
    const key = await programKey();
    const reservationId = await twoVms();
    const before = await written();
    for (const quantity of oddQuantities) {
      const order = {
        billingCycle: "one_time",
        lineItems: [
          {
            offerId: "DZH318Z0BQ4P:0001",
            quantity,
            termDuration: "P1Y",
            provisioningContext: { subscriptionId: await billingSubscriptionId(), scope: "shared", region: "eastus" },
          },
        ],
      };
      const ordered = await postOrder(request(key, `/customers/${await customerId()}/orders`, order), {
        params: Promise.resolve({ customerId: await customerId() }),
      });
      expect(ordered.status).toBe(400);
      expect((await ordered.json()).fieldErrors).toEqual({
        "lineItems.0.quantity": ["Quantity must be a whole number."],
      });
      for (const operation of ["return", "calculateRefund", "exchange"]) {
        const body = operation === "exchange" ? { quantity, target: await choice(1) } : { quantity };
        const path = `/customers/${await customerId()}/reservations/${reservationId}/${operation}`;
        const answered = await postReservationOperation(request(key, path, body), {
          params: Promise.resolve({ customerId: await customerId(), reservationId, operation }),
        });
        expect(answered.status).toBe(400);
        expect((await answered.json()).fieldErrors).toEqual({ quantity: ["Quantity must be a whole number."] });
      }
    }
    expect(await written()).toEqual(before);
  });

  it("GET /customers?size= and GET /auditrecords?size=", async () => {
    const key = await programKey();
    for (const route of [getCustomers, getAuditRecords]) {
      const path = route === getCustomers ? "/customers" : "/auditrecords";
      const refused = await route(request(key, `${path}?size=0x10`), { params: Promise.resolve({}) });
      expect(refused.status).toBe(400);
      expect((await refused.json()).fieldErrors).toEqual({ size: ["size must be a whole number from 1 to 500."] });
      const answered = await route(request(key, `${path}?size=16`), { params: Promise.resolve({}) });
      expect(answered.status).toBe(200);
    }
  });
});
