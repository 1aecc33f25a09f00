import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { orderLines, orders, subscriptions } from "@/db/schema";
import { newActivityFor, actor, actorRef, customerTenantId, demo, runConcurrently } from "@/testing/fixtures";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { getCustomer } from "@/lib/customers/find-customer";
import { listCustomerOrders } from "@/lib/orders/list-orders";
import { purchaseAzurePlan } from "./purchase-azure-plan";

const buy = async (email: string, companyName: string, idempotencyKey: string = crypto.randomUUID()) =>
  purchaseAzurePlan(await actorRef(email), { customerId: await customerTenantId(companyName), idempotencyKey });

describe("purchaseAzurePlan", () => {
  it("buys an active Azure plan as an order with one line and a Create Order entry; the permission can then be turned on", async () => {
    const result = await buy(demo.contosoAdmin, "Northwind Traders");
    if (!result.ok) throw new Error(result.reason);

    const db = getDb();
    const [subscription] = await db
      .select()
      .from(subscriptions)
      .where(eq(subscriptions.subscriptionId, result.data.subscriptionId))
      .limit(1);
    expect(subscription).toMatchObject({
      offerType: "azure_plan",
      offerId: "DZH318Z0BPS6",
      status: "active",
      usageBased: true,
    });
    const [order] = await db.select().from(orders).where(eq(orders.orderId, result.data.orderId)).limit(1);
    expect(order).toMatchObject({
      channel: "partner",
      placedByEmail: demo.contosoAdmin,
      totalMinor: 0,
      currency: "USD",
    });
    const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, order!.id));
    expect(lines).toEqual([
      expect.objectContaining({
        offerName: "Azure plan",
        quantity: 1,
        unitPriceMinor: null,
        subscriptionId: subscription!.id,
      }),
    ]);

    const [entry] = await newActivityFor("Northwind Traders");
    expect(entry).toMatchObject({
      operationType: "create_order",
      resourceType: "order",
      actorEmail: demo.contosoAdmin,
    });
    expect(JSON.parse(entry.newValue!)).toMatchObject({ id: result.data.orderId, channel: "partner" });

    const history = await listCustomerOrders(
      (await getCustomer(await actor(demo.contosoAdmin), await customerTenantId("Northwind Traders")))!,
    );
    expect(history[0].orderId).toBe(result.data.orderId);

    expect(
      await setCustomerPurchasePermission(await actorRef(demo.contosoAdmin), {
        customerId: await customerTenantId("Northwind Traders"),
        resource: "AzureReservedInstances",
        enabled: true,
      }),
    ).toMatchObject({ ok: true, data: { changed: true } });
  });

  it("lets a Sales agent place the order too", async () => {
    expect(await buy(demo.contosoSales, "Northwind Traders")).toMatchObject({ ok: true });
  });

  it("refuses a Help desk agent, writing nothing", async () => {
    const before = (await getDb().select().from(orders)).length;
    expect(await buy(demo.contosoHelpdesk, "Northwind Traders")).toEqual({
      ok: false,
      error: "forbidden",
      reason: "subscriptions.errors.onlyAdminsAndSalesPlaceOrders",
    });
    expect(await getDb().select().from(orders)).toHaveLength(before);
    expect(await newActivityFor("Northwind Traders")).toEqual([]);
  });

  it("refuses a second Azure plan, even a suspended one, saying so", async () => {
    await buy(demo.contosoAdmin, "Northwind Traders");
    expect(await buy(demo.contosoAdmin, "Northwind Traders")).toEqual({
      ok: false,
      error: "conflict",
      reason: "subscriptions.errors.alreadyHasAzurePlan",
      values: { companyName: "Northwind Traders", status: "active" },
    });
    expect(await buy(demo.contosoAdmin, "Litware, Inc.")).toMatchObject({
      ok: false,
      error: "conflict",
      values: { status: "suspended" },
    });
    expect(await newActivityFor("Litware, Inc.")).toEqual([]);
  });

  it("allows an Azure plan beside an Azure Global subscription", async () => {
    expect(await buy(demo.contosoAdmin, "Tailspin Toys")).toMatchObject({ ok: true });
  });

  it("answers not found for another partner's customer, and rejects a malformed id", async () => {
    expect(await buy(demo.fabrikamAdmin, "Northwind Traders")).toMatchObject({ ok: false, error: "not_found" });
    expect(
      await purchaseAzurePlan(await actorRef(demo.contosoAdmin), {
        customerId: "northwind",
        idempotencyKey: crypto.randomUUID(),
      }),
    ).toMatchObject({
      ok: false,
      error: "invalid_input",
      fieldErrors: { customerId: [{ reason: "errors.microsoft_id" }] },
    });
  });

  it("places one order per idempotency key: a confirmation sent twice answers the same order", async () => {
    const key = crypto.randomUUID();
    const first = await buy(demo.contosoAdmin, "Northwind Traders", key);
    if (!first.ok) throw new Error(first.reason);
    // Without the key this would be refused: Northwind now has an Azure plan.
    expect(await buy(demo.contosoAdmin, "Northwind Traders", key)).toEqual(first);
    expect(await buy(demo.contosoAdmin, "Northwind Traders")).toMatchObject({ ok: false, error: "conflict" });
    expect((await newActivityFor("Northwind Traders")).filter((e) => e.operationType === "create_order")).toHaveLength(
      1,
    );
  });

  it("refuses a key used for another customer", async () => {
    const key = crypto.randomUUID();
    expect(await buy(demo.contosoAdmin, "Northwind Traders", key)).toMatchObject({ ok: true });
    expect(await buy(demo.contosoAdmin, "Wingtip Toys", key)).toMatchObject({
      ok: false,
      error: "idempotency_key_reused",
    });
  });

  it("places one order when the same request arrives from five processes at the same moment", async () => {
    const input = { customerId: await customerTenantId("Northwind Traders"), idempotencyKey: crypto.randomUUID() };
    const results = await runConcurrently("purchaseAzurePlan", await actorRef(demo.contosoAdmin), input, 5);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => r.data?.orderId)).size).toBe(1);
    expect((await newActivityFor("Northwind Traders")).filter((e) => e.operationType === "create_order")).toHaveLength(
      1,
    );
  }, 30_000);
});
