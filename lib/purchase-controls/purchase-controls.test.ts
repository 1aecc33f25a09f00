import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { orders, reservations } from "@/db/schema";
import { purchaseReservation, quoteReservation } from "@/lib/reservations/purchase-reservation";
import { refundReservation } from "@/lib/reservations/refund-reservation";
import { actorRef, customerActorRef, demo, newActivityFor, runConcurrently } from "@/testing/fixtures";
import { alex, allowWingtip, contosoAdmin, controlWingtip, wingtip, wingtipD2s } from "@/testing/purchase-fixtures";
import { getCustomerPurchaseControls, getDefaultPurchaseControls } from "./get-purchase-controls";
import { setCustomerPurchaseControls, setDefaultPurchaseControls } from "./set-purchase-controls";

const admin = contosoAdmin;
const d2s = (quantity = 2) => wingtipD2s(quantity);
const limitWingtip = controlWingtip;

const orderCount = async () => (await getDb().select().from(orders)).length;

describe("purchase controls settings", () => {
  it("an Admin agent sets a customer's own values; each save carries its version and writes an entry", async () => {
    const before = await getCustomerPurchaseControls(await admin(), await wingtip());
    expect(before).toMatchObject({
      ok: true,
      data: { followsDefaults: true, version: 0, canEdit: true, month: { monthlyLimitMinor: null, leftMinor: null } },
    });
    const input = {
      customerId: await wingtip(),
      followsDefaults: false,
      monthlyLimitMinor: "500000",
      approvalAboveMinor: 100_000,
      version: 0,
    };
    expect(await setCustomerPurchaseControls(await admin(), input)).toEqual({
      ok: true,
      data: { changed: true, version: 1 },
    });
    // The same save again, read at version 0, is stale: refused, not merged.
    expect(await setCustomerPurchaseControls(await admin(), input)).toMatchObject({
      ok: false,
      error: "edit_conflict",
      reason: "purchaseControls.errors.changedSince",
    });
    expect(await getCustomerPurchaseControls(await admin(), await wingtip())).toMatchObject({
      data: {
        followsDefaults: false,
        own: { monthlyLimitMinor: 500_000, approvalAboveMinor: 100_000 },
        month: { monthlyLimitMinor: 500_000, usedMinor: 0, leftMinor: 500_000 },
        version: 1,
      },
    });
    const entries = await newActivityFor("Wingtip Toys");
    expect(entries.map((e) => e.operationType)).toEqual(["update_customer_purchase_controls"]);
    expect(JSON.parse(entries[0].newValue!)).toEqual({
      followsDefaults: false,
      monthlyLimitMinor: 500_000,
      approvalAboveMinor: 100_000,
    });
  });

  it("Sales and Help desk agents read them; the server refuses their saves; another partner's customer is not found", async () => {
    const sales = await actorRef(demo.contosoSales);
    expect(await getCustomerPurchaseControls(sales, await wingtip())).toMatchObject({
      ok: true,
      data: { canEdit: false },
    });
    const save = {
      customerId: await wingtip(),
      followsDefaults: false,
      monthlyLimitMinor: 1,
      approvalAboveMinor: null,
    };
    for (const agent of [sales, await actorRef(demo.contosoHelpdesk)]) {
      expect(await setCustomerPurchaseControls(agent, { ...save, version: 0 })).toMatchObject({ error: "forbidden" });
    }
    const fabrikam = await actorRef(demo.fabrikamAdmin);
    expect(await getCustomerPurchaseControls(fabrikam, await wingtip())).toMatchObject({ error: "not_found" });
    expect(await setCustomerPurchaseControls(fabrikam, { ...save, version: 0 })).toMatchObject({ error: "not_found" });
    expect(await newActivityFor("Wingtip Toys")).toEqual([]);
  });

  it("the partner's defaults apply to every customer without its own values, until it gets its own", async () => {
    expect(await getDefaultPurchaseControls(await admin())).toMatchObject({
      data: { monthlyLimitMinor: null, approvalAboveMinor: null, version: 0, currency: "USD" },
    });
    const saved = await setDefaultPurchaseControls(await admin(), {
      monthlyLimitMinor: 300_000,
      approvalAboveMinor: 150_000,
      version: 0,
    });
    expect(saved).toEqual({ ok: true, data: { changed: true, version: 1 } });
    expect(
      await setDefaultPurchaseControls(await actorRef(demo.contosoSales), {
        monthlyLimitMinor: null,
        approvalAboveMinor: null,
        version: 1,
      }),
    ).toMatchObject({ error: "forbidden" });
    expect(await getCustomerPurchaseControls(await admin(), await wingtip())).toMatchObject({
      data: { followsDefaults: true, month: { monthlyLimitMinor: 300_000, approvalAboveMinor: 150_000 } },
    });

    await limitWingtip(null); // its own: no limit at all
    expect(await getCustomerPurchaseControls(await admin(), await wingtip())).toMatchObject({
      data: { followsDefaults: false, month: { monthlyLimitMinor: null }, defaults: { monthlyLimitMinor: 300_000 } },
    });
    // Another partner's defaults are their own.
    expect(await getDefaultPurchaseControls(await actorRef(demo.fabrikamAdmin))).toMatchObject({
      data: { monthlyLimitMinor: null, version: 0 },
    });
  });

  it("refuses an amount that is not a whole number of cents, and changes nothing", async () => {
    for (const monthlyLimitMinor of [true, "12.5", -5, [100]]) {
      expect(
        await setCustomerPurchaseControls(await admin(), {
          customerId: await wingtip(),
          followsDefaults: false,
          monthlyLimitMinor,
          approvalAboveMinor: null,
          version: 0,
        }),
      ).toMatchObject({ ok: false, error: "invalid_input" });
    }
    expect(await newActivityFor("Wingtip Toys")).toEqual([]);
  });
});

describe("a customer's own purchases under a monthly limit", () => {
  it("shows what is left in the review, refuses a purchase over it with the amount left, and writes nothing", async () => {
    await allowWingtip();
    await limitWingtip(200_000);
    const quote = await quoteReservation(await customerActorRef(alex), await d2s(1));
    expect(quote).toMatchObject({
      ok: true,
      data: {
        totalMinor: 55_020,
        controls: { limitMinor: 200_000, usedMinor: 0, leftMinor: 200_000, needsApproval: false },
      },
    });
    const bought = await purchaseReservation(await customerActorRef(alex), await d2s(2));
    expect(bought.ok).toBe(true);

    const orders = await orderCount();
    const refused = await purchaseReservation(await customerActorRef(alex), await d2s(2));
    expect(refused).toMatchObject({
      ok: false,
      error: "purchase_limit_exceeded",
      reason: "purchaseControls.errors.overLimit",
      values: {
        left: { amountMinor: 89_960, currency: "USD" },
        limit: { amountMinor: 200_000, currency: "USD" },
        total: { amountMinor: 110_040, currency: "USD" },
      },
    });
    expect(await orderCount()).toBe(orders);
    expect(await quoteReservation(await customerActorRef(alex), await d2s(2))).toMatchObject({
      error: "purchase_limit_exceeded",
    });
    // One more fits what is left.
    expect((await purchaseReservation(await customerActorRef(alex), await d2s(1))).ok).toBe(true);
  });

  it("counts only this calendar month in UTC: last month's purchases leave this month whole", async () => {
    await allowWingtip();
    await limitWingtip(200_000);
    const bought = await purchaseReservation(await customerActorRef(alex), await d2s(2));
    if (!bought.ok) throw new Error(bought.reason);
    const now = new Date();
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 1);
    await getDb().update(orders).set({ createdAt: lastMonth }).where(eq(orders.orderId, bought.data.orderId));
    expect(await getCustomerPurchaseControls(await admin(), await wingtip())).toMatchObject({
      data: { month: { usedMinor: 0, leftMinor: 200_000 } },
    });
    expect((await purchaseReservation(await customerActorRef(alex), await d2s(2))).ok).toBe(true);
  });

  it("does not count the partner's own purchases for the customer", async () => {
    await allowWingtip();
    await limitWingtip(100_000);
    const onBehalf = await purchaseReservation(await admin(), { ...(await d2s(5)), customerId: await wingtip() });
    expect(onBehalf.ok).toBe(true);
    expect(await getCustomerPurchaseControls(await admin(), await wingtip())).toMatchObject({
      data: { month: { usedMinor: 0 } },
    });
  });

  it("gives nothing back for a refund in the same month (decision record 028)", async () => {
    await allowWingtip();
    await limitWingtip(200_000);
    const bought = await purchaseReservation(await customerActorRef(alex), await d2s(2));
    if (!bought.ok) throw new Error(bought.reason);
    const refunded = await refundReservation(await admin(), {
      reservationId: bought.data.reservationId,
      quantity: 2,
      idempotencyKey: crypto.randomUUID(),
    });
    expect(refunded.ok).toBe(true);
    const [reservation] = await getDb()
      .select()
      .from(reservations)
      .where(eq(reservations.reservationId, bought.data.reservationId));
    expect(reservation.status).toBe("cancelled");
    expect(await getCustomerPurchaseControls(await admin(), await wingtip())).toMatchObject({
      data: { month: { usedMinor: 110_040, leftMinor: 89_960 } },
    });
    expect(await purchaseReservation(await customerActorRef(alex), await d2s(2))).toMatchObject({
      error: "purchase_limit_exceeded",
    });
  });

  it("buys exactly one of two purchases at the same moment that each fit but not together", async () => {
    await allowWingtip();
    await limitWingtip(150_000);
    const inputs = [await d2s(2), await d2s(2)];
    const results = await runConcurrently(
      "purchaseReservation",
      await customerActorRef(alex),
      (i: number) => inputs[i],
      2,
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ error: "purchase_limit_exceeded" }]);
    const entries = (await newActivityFor("Wingtip Toys")).filter((e) => e.operationType === "create_order");
    expect(entries).toHaveLength(1);
  }, 30_000);
});
