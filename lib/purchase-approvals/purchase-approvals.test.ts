import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { notifications, orders, purchaseApprovals } from "@/db/schema";
import { setPurchaseAlerts } from "@/lib/notifications/set-purchase-alerts";
import { setReservationPrices } from "@/lib/pricing/set-reservation-prices";
import { getCustomerPurchaseControls } from "@/lib/purchase-controls/get-purchase-controls";
import { purchaseReservation, quoteReservation } from "@/lib/reservations/purchase-reservation";
import { purchaseSavingsPlan } from "@/lib/savings-plans/purchase-savings-plan";
import {
  actor,
  actorRef,
  customerActorRef,
  demo,
  newActivityFor,
  runConcurrently,
  subscriptionOf,
} from "@/testing/fixtures";
import { alex, allowWingtip, contosoAdmin, controlWingtip, wingtip, wingtipD2s } from "@/testing/purchase-fixtures";
import { approvePurchase, declinePurchase } from "./decide-purchase";
import { listCustomerPurchaseApprovals, listPartnerPurchaseApprovals } from "./list-purchase-approvals";
import { submitPurchaseForApproval } from "./submit-purchase";

const admin = contosoAdmin;
const d2s = wingtipD2s;
const dayMs = 24 * 60 * 60 * 1000;

async function submitD2s(quantity: number) {
  const submitted = await submitPurchaseForApproval(await customerActorRef(alex), {
    kind: "reservation",
    ...(await d2s(quantity)),
  });
  if (!submitted.ok) throw new Error(submitted.reason);
  return submitted.data;
}

const orderCount = async () => (await getDb().select().from(orders)).length;
const approvalRow = async (approvalId: string) =>
  (await getDb().select().from(purchaseApprovals).where(eq(purchaseApprovals.approvalId, approvalId)))[0];

describe("purchases above the approval amount", () => {
  it("offer Submit instead of Buy: Buy is refused, a submission buys nothing and is listed for both sides", async () => {
    await allowWingtip();
    await setPurchaseAlerts(await admin(), { enabled: true, version: 0 });
    await controlWingtip(1_000_000, 100_000);
    const quote = await quoteReservation(await customerActorRef(alex), await d2s(2));
    expect(quote).toMatchObject({
      data: { totalMinor: 110_040, controls: { needsApproval: true, approvalAboveMinor: 100_000 } },
    });
    const orders = await orderCount();
    expect(await purchaseReservation(await customerActorRef(alex), await d2s(2))).toMatchObject({
      ok: false,
      error: "approval_required",
      values: { above: { amountMinor: 100_000, currency: "USD" } },
    });

    const input = { kind: "reservation", ...(await d2s(2)) };
    const submitted = await submitPurchaseForApproval(await customerActorRef(alex), input);
    expect(submitted).toMatchObject({ ok: true, data: { totalMinor: 110_040, currency: "USD" } });
    // Sent twice (a double click, a retry): one submission.
    expect(await submitPurchaseForApproval(await customerActorRef(alex), input)).toEqual(submitted);
    expect(await submitPurchaseForApproval(await customerActorRef(alex), { ...input, quantity: 3 })).toMatchObject({
      error: "idempotency_key_reused",
    });
    expect(await orderCount()).toBe(orders);
    if (!submitted.ok) return;

    const entries = await newActivityFor("Wingtip Toys");
    expect(entries.map((e) => e.operationType).filter((o) => o.includes("purchase"))).toEqual([
      "update_customer_purchase_controls",
      "submit_purchase_for_approval",
    ]);
    const [alert] = await getDb().select().from(notifications).where(eq(notifications.kind, "purchase_submitted"));
    expect(alert).toMatchObject({
      link: "/requests",
      params: { product: "2 × Virtual machine D2s v5 (general purpose, 2 vCPU, 8 GiB), westus2, P1Y" },
    });

    const [partnerRow] = (await listPartnerPurchaseApprovals(getDb(), await actor(demo.contosoAdmin))).filter(
      (row) => row.companyName === "Wingtip Toys",
    );
    expect(partnerRow).toMatchObject({
      approvalId: submitted.data.approvalId,
      status: "pending",
      companyName: "Wingtip Toys",
      quotedTotalMinor: 110_040,
      quoteHeld: true,
      item: { kind: "reservation", quantity: 2, region: "westus2", term: "P1Y" },
      month: { usedMinor: 0, limitMinor: 1_000_000, leftAfterMinor: 889_960 },
    });
    expect(await listPartnerPurchaseApprovals(getDb(), await actor(demo.fabrikamAdmin))).toEqual([]);
  });

  it("refuses a submission that needs no approval, or comes from a partner user", async () => {
    await allowWingtip();
    await controlWingtip(null, 100_000);
    expect(
      await submitPurchaseForApproval(await customerActorRef(alex), { kind: "reservation", ...(await d2s(1)) }),
    ).toMatchObject({
      error: "conflict",
      reason: "purchaseApprovals.errors.noApprovalNeeded",
    });
    expect(
      await submitPurchaseForApproval(await admin(), {
        kind: "reservation",
        ...(await d2s(2)),
        customerId: await wingtip(),
      }),
    ).toMatchObject({ error: "forbidden" });
    expect(await getDb().select().from(purchaseApprovals)).toHaveLength(1); // the seeded one of Fourth Coffee
  });

  it("approving buys it as the customer's own order, once per key, and the customer sees the outcome", async () => {
    await allowWingtip();
    await controlWingtip(1_000_000, 100_000);
    const { approvalId } = await submitD2s(2);
    const key = crypto.randomUUID();
    const approved = await approvePurchase(await admin(), { approvalId, idempotencyKey: key });
    expect(approved).toMatchObject({ ok: true, data: { approvalId, kind: "reservation", totalMinor: 110_040 } });
    if (!approved.ok) return;
    // The retry answers the same order; another key finds it decided.
    expect(await approvePurchase(await admin(), { approvalId, idempotencyKey: key })).toEqual(approved);
    expect(await approvePurchase(await admin(), { approvalId, idempotencyKey: crypto.randomUUID() })).toMatchObject({
      error: "conflict",
      reason: "purchaseApprovals.errors.alreadyDecided",
    });
    // The approval's key belongs to it: a purchase may not take it.
    expect(
      await purchaseReservation(await admin(), { ...(await d2s(1)), customerId: await wingtip(), idempotencyKey: key }),
    ).toMatchObject({ error: "idempotency_key_reused" });

    const [order] = await getDb().select().from(orders).where(eq(orders.orderId, approved.data.orderId));
    expect(order).toMatchObject({ channel: "customer_self_service", placedByEmail: alex, totalMinor: 110_040 });
    expect((await newActivityFor("Wingtip Toys")).map((e) => e.operationType).slice(-3)).toEqual([
      "submit_purchase_for_approval",
      "create_order",
      "approve_purchase",
    ]);
    expect(await getCustomerPurchaseControls(await admin(), await wingtip())).toMatchObject({
      data: { month: { usedMinor: 110_040 } },
    });
    const alexActor = (await import("@/lib/access/actor")).loadCustomerActor;
    const [mine] = await listCustomerPurchaseApprovals(
      getDb(),
      (await alexActor(getDb(), (await customerActorRef(alex)).id))!,
    );
    expect(mine).toMatchObject({ status: "approved", orderId: approved.data.orderId });
  });

  it("approving counts against the month it is approved in and is refused when that would pass the limit", async () => {
    await allowWingtip();
    await controlWingtip(200_000, 60_000);
    const { approvalId } = await submitD2s(2); // 110,040: fits the limit, above the approval amount
    for (const _ of [1, 2]) {
      expect((await purchaseReservation(await customerActorRef(alex), await d2s(1))).ok).toBe(true); // 55,020 each
    }
    const orders = await orderCount();
    expect(await approvePurchase(await admin(), { approvalId, idempotencyKey: crypto.randomUUID() })).toMatchObject({
      ok: false,
      error: "purchase_limit_exceeded",
      values: { left: { amountMinor: 89_960 } },
    });
    expect(await orderCount()).toBe(orders);
    expect((await approvalRow(approvalId)).status).toBe("pending");
  });

  it("buys at the quoted price within 7 days, and at the price of the day after", async () => {
    await allowWingtip();
    await controlWingtip(null, 100_000);
    const held = await submitD2s(2);
    const late = await submitD2s(2);
    await getDb()
      .update(purchaseApprovals)
      .set({ createdAt: new Date(Date.now() - 8 * dayMs) })
      .where(eq(purchaseApprovals.approvalId, late.approvalId));
    expect(
      await setReservationPrices(await admin(), { version: 0, defaultAdjustmentPercent: 20, overrides: {} }),
    ).toMatchObject({ ok: true });
    expect(
      await approvePurchase(await admin(), { approvalId: held.approvalId, idempotencyKey: crypto.randomUUID() }),
    ).toMatchObject({
      data: { totalMinor: 110_040 },
    });
    // List + 20%: 52,400 → 62,880 a VM.
    expect(
      await approvePurchase(await admin(), { approvalId: late.approvalId, idempotencyKey: crypto.randomUUID() }),
    ).toMatchObject({
      data: { totalMinor: 125_760 },
    });
  });

  it("declining needs a reason, which the customer sees; nothing is bought", async () => {
    await allowWingtip();
    await controlWingtip(null, 100_000);
    const { approvalId } = await submitD2s(2);
    expect(await declinePurchase(await admin(), { approvalId, reason: "  " })).toMatchObject({
      error: "invalid_input",
      fieldErrors: { reason: [{ reason: "purchaseApprovals.errors.declineReasonRequired" }] },
    });
    expect(await declinePurchase(await actorRef(demo.contosoSales), { approvalId, reason: "No" })).toMatchObject({
      error: "forbidden",
    });
    expect(await declinePurchase(await actorRef(demo.fabrikamAdmin), { approvalId, reason: "No" })).toMatchObject({
      error: "not_found",
    });
    const orders = await orderCount();
    expect(await declinePurchase(await admin(), { approvalId, reason: "Buy the 1-year term instead." })).toEqual({
      ok: true,
      data: { approvalId },
    });
    expect(await orderCount()).toBe(orders);
    expect(await approvalRow(approvalId)).toMatchObject({
      status: "declined",
      declineReason: "Buy the 1-year term instead.",
    });
    expect(await approvePurchase(await admin(), { approvalId, idempotencyKey: crypto.randomUUID() })).toMatchObject({
      error: "conflict",
    });
    expect((await newActivityFor("Wingtip Toys")).at(-1)).toMatchObject({ operationType: "decline_purchase" });
  });

  it("holds savings plans the same way", async () => {
    await allowWingtip("AzureSavingsPlan");
    await controlWingtip(null, 500_000);
    const plan = {
      hourlyCommitment: "1.000",
      term: "P1Y",
      billingPlan: "monthly",
      billingSubscriptionId: (await subscriptionOf("Wingtip Toys", "azure_plan")).subscriptionId,
      scope: "shared",
      idempotencyKey: crypto.randomUUID(),
    };
    expect(await purchaseSavingsPlan(await customerActorRef(alex), plan)).toMatchObject({ error: "approval_required" });
    const submitted = await submitPurchaseForApproval(await customerActorRef(alex), { kind: "savings_plan", ...plan });
    if (!submitted.ok) throw new Error(submitted.reason);
    const approved = await approvePurchase(await admin(), {
      approvalId: submitted.data.approvalId,
      idempotencyKey: crypto.randomUUID(),
    });
    expect(approved).toMatchObject({ ok: true, data: { kind: "savings_plan", totalMinor: submitted.data.totalMinor } });
  });

  it("an approval and the customer's Buy racing for the last of the limit: exactly one is bought", async () => {
    await allowWingtip();
    await controlWingtip(150_000, 100_000);
    const { approvalId } = await submitD2s(2); // 110,040
    const [approval, buy] = await Promise.all([
      runConcurrently("approvePurchase", await admin(), { approvalId, idempotencyKey: crypto.randomUUID() }, 1),
      runConcurrently("purchaseReservation", await customerActorRef(alex), await d2s(1), 1), // 55,020
    ]);
    const results = [...approval, ...buy];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: "purchase_limit_exceeded" });
    expect((await newActivityFor("Wingtip Toys")).filter((e) => e.operationType === "create_order")).toHaveLength(1);
  }, 30_000);
});
