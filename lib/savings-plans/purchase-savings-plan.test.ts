import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { notifications, orderLines, orders, savingsPlans } from "@/db/schema";
import {
  actorRef,
  customerActorRef,
  customerTenantId,
  customerUser,
  demo,
  newActivityFor,
  subscriptionOf,
} from "@/testing/fixtures";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { setPurchaseAlerts } from "@/lib/notifications/set-purchase-alerts";
import { purchaseReservation } from "@/lib/reservations/purchase-reservation";
import { addRoleAssignment } from "@/lib/role-assignments/add-role-assignment";
import { listSavingsPlans } from "./list-savings-plans";
import { purchaseSavingsPlan, quoteSavingsPlan } from "./purchase-savings-plan";

const alex = "alex@wingtiptoys.onmicrosoft.com"; // Owner on Wingtip's Azure plan
const megan = "megan@wingtiptoys.onmicrosoft.com"; // Reader on it
const wingtipPlan = async () => (await subscriptionOf("Wingtip Toys", "azure_plan")).subscriptionId;

const allowWingtip = async (resource: "AzureSavingsPlan" | "AzureReservedInstances") =>
  setCustomerPurchasePermission(await actorRef(demo.contosoAdmin), {
    customerId: await customerTenantId("Wingtip Toys"),
    resource,
    enabled: true,
  });

const choice = async (overrides: object = {}) => ({
  hourlyCommitment: "1.250",
  term: "P1Y",
  billingPlan: "monthly",
  billingSubscriptionId: await wingtipPlan(),
  scope: "shared",
  idempotencyKey: crypto.randomUUID(),
  ...overrides,
});

describe("purchaseSavingsPlan", () => {
  it("refuses a customer whose partner has not turned on the savings plans permission, writing nothing", async () => {
    await allowWingtip("AzureReservedInstances");
    const before = (await getDb().select().from(savingsPlans)).length;
    expect(await purchaseSavingsPlan(await customerActorRef(alex), await choice())).toMatchObject({
      ok: false,
      error: "forbidden",
      reason: "savingsPlans.errors.notAllowed",
      values: { partner: "Contoso CSP", customer: "Wingtip Toys" },
    });
    expect(await getDb().select().from(savingsPlans)).toHaveLength(before);
  });

  it("lets an Owner buy at the partner's price once it is on: order, savings plan and entry, once per key", async () => {
    expect(await allowWingtip("AzureSavingsPlan")).toMatchObject({ ok: true });
    const quote = await quoteSavingsPlan(await customerActorRef(alex), await choice());
    if (!quote.ok) throw new Error(quote.reason);
    // 1.250 an hour for 8,760 hours: 10,950.00 at list; Contoso sells savings plans 3% over it.
    expect(quote.data).toMatchObject({
      hourlyCommitmentMills: 1250,
      term: "P1Y",
      billingPlan: "monthly",
      scope: "shared",
      resourceGroup: null,
      totalMinor: 1_127_850,
      listTotalMinor: null,
    });
    const input = await choice({ expectedTotalMinor: quote.data.totalMinor });
    const bought = await purchaseSavingsPlan(await customerActorRef(alex), input);
    if (!bought.ok) throw new Error(bought.reason);
    expect(await purchaseSavingsPlan(await customerActorRef(alex), input)).toEqual(bought);
    const [order] = await getDb().select().from(orders).where(eq(orders.orderId, bought.data.orderId)).limit(1);
    expect(order).toMatchObject({ channel: "customer_self_service", totalMinor: 1_127_850, placedByEmail: alex });
    const [line] = await getDb().select().from(orderLines).where(eq(orderLines.orderId, order.id));
    expect(line.unitPriceMinor! * line.quantity).toBe(order.totalMinor);
    const [plan] = (await listSavingsPlans(order.customerId)).filter((p) => p.orderId === order.id);
    expect(plan).toMatchObject({ hourlyCommitmentMills: 1250, state: "active", purchasedByName: "Alex Wilber" });
    expect((await newActivityFor("Wingtip Toys")).map((e) => e.operationType)).toEqual([
      "create_self_serve_policy",
      "create_order",
    ]);
  });

  it("lets a Savings plan purchaser buy savings plans but not reservations; a Reader buys neither", async () => {
    await allowWingtip("AzureSavingsPlan");
    await allowWingtip("AzureReservedInstances");
    expect(await purchaseSavingsPlan(await customerActorRef(megan), await choice())).toMatchObject({
      error: "forbidden",
      reason: "savingsPlans.errors.needsRole",
      values: expect.objectContaining({ subscriptionId: await wingtipPlan(), partner: "Contoso CSP" }),
    });
    const assigned = await addRoleAssignment(await actorRef(demo.contosoAdmin), {
      subscriptionId: await wingtipPlan(),
      userId: (await customerUser(megan)).objectId,
      role: "Savings plan purchaser",
    });
    expect(assigned).toMatchObject({ ok: true });
    expect(await purchaseSavingsPlan(await customerActorRef(megan), await choice())).toMatchObject({ ok: true });
    const reservation = await purchaseReservation(await customerActorRef(megan), {
      catalogItemId: "DZH318Z0BQ4P:0001",
      region: "eastus",
      term: "P1Y",
      billingPlan: "upfront",
      quantity: 1,
      billingSubscriptionId: await wingtipPlan(),
      scope: "shared",
      idempotencyKey: crypto.randomUUID(),
    });
    expect(reservation).toMatchObject({
      ok: false,
      error: "forbidden",
    });
  });

  it("lets an Admin agent buy on behalf, permission or not, and refuses Sales agents and bad input", async () => {
    const onBehalf = { customerId: await customerTenantId("Wingtip Toys") };
    const quote = await quoteSavingsPlan(
      await actorRef(demo.contosoAdmin),
      await choice({ ...onBehalf, term: "P3Y", billingPlan: "upfront" }),
    );
    expect(quote).toMatchObject({ ok: true, data: { totalMinor: 3_383_550, listTotalMinor: 3_285_000 } });
    expect(await purchaseSavingsPlan(await actorRef(demo.contosoAdmin), await choice(onBehalf))).toMatchObject({
      ok: true,
    });
    expect(await purchaseSavingsPlan(await actorRef(demo.contosoSales), await choice(onBehalf))).toMatchObject({
      error: "forbidden",
    });
    expect(await purchaseSavingsPlan(await actorRef(demo.fabrikamAdmin), await choice(onBehalf))).toMatchObject({
      error: "not_found",
    });
    expect(
      await purchaseSavingsPlan(
        await actorRef(demo.contosoAdmin),
        await choice({ ...onBehalf, hourlyCommitment: "0.0005" }),
      ),
    ).toMatchObject({
      error: "invalid_input",
      fieldErrors: { hourlyCommitment: [{ reason: "savingsPlans.errors.hourlyCommitment" }] },
    });
    expect(
      await purchaseSavingsPlan(
        await actorRef(demo.contosoAdmin),
        await choice({ ...onBehalf, expectedTotalMinor: 1 }),
      ),
    ).toMatchObject({
      error: "conflict",
      reason: "savingsPlans.errors.priceChanged",
      values: { total: { amountMinor: 1_127_850, currency: "USD" } },
    });
  });
});

describe("purchase alerts", () => {
  it("tell the partner of a customer's own savings plan, as what happened and its figures, never in words", async () => {
    await allowWingtip("AzureSavingsPlan");
    await setPurchaseAlerts(await actorRef(demo.contosoAdmin), { enabled: true, version: 0 });
    expect(
      await purchaseSavingsPlan(await customerActorRef(alex), await choice({ hourlyCommitment: "1.255" })),
    ).toMatchObject({ ok: true });
    const onBehalf = await choice({ customerId: await customerTenantId("Wingtip Toys") });
    expect(await purchaseSavingsPlan(await actorRef(demo.contosoAdmin), onBehalf)).toMatchObject({ ok: true });
    const sent = await getDb().select().from(notifications);
    expect(sent).toHaveLength(1);
    // 1.255 an hour for 8,760 hours is 10,993.80 at list; Contoso's 3% makes it 11,323.61.
    expect(sent[0]).toMatchObject({
      kind: "savings_plan_purchased",
      params: {
        buyer: "Alex Wilber",
        customer: "Wingtip Toys",
        hourlyCommitmentMinor: 125.5,
        totalMinor: 1_132_361,
        currency: "USD",
      },
      link: `/customers/${await customerTenantId("Wingtip Toys")}/savings-plans`,
    });
  });
});
