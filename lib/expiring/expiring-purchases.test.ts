import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { orders, reservationPriceLists, reservations, savingsPlans } from "@/db/schema";
import { renewDueReservations } from "@/lib/reservations/renew-reservations";
import { renewDueSavingsPlans } from "@/lib/savings-plans/renew-savings-plans";
import { actorRef, demo, newActivityFor } from "@/testing/fixtures";
import { countExpiringPurchases } from "./expiring-purchases";
import { exportExpiringPurchases, listExpiringPurchases, type ExpiringPurchase } from "./list-expiring-purchases";
import { turnOnAutoRenew } from "./turn-on-auto-renew";

const admin = () => actorRef(demo.contosoAdmin);
const names = (items: ExpiringPurchase[]) => items.map((item) => item.companyName);

async function listed(query: Record<string, unknown>, as: string = demo.contosoAdmin) {
  const result = await listExpiringPurchases(await actorRef(as), query);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

async function seeded(companyName: string) {
  const [found] = (await listed({ within: 90, search: companyName })).items;
  return found;
}

describe("the Expiring soon list", () => {
  it("lists the seeded purchases that end within 30, 60 and 90 days, soonest first", async () => {
    expect(names((await listed({ within: "30" })).items)).toEqual([
      "Blue Yonder Airlines",
      "Alpine Ski House",
      "Lamna Healthcare",
    ]);
    expect(names((await listed({ within: 60 })).items)).toEqual([
      "Blue Yonder Airlines",
      "Alpine Ski House",
      "Lamna Healthcare",
      "Trey Research",
    ]);
    const ninety = await listed({});
    // 30 days when not asked.
    expect(ninety.totalCount).toBe(3);
    expect(names((await listed({ within: "90" })).items)).toEqual([
      "Blue Yonder Airlines",
      "Alpine Ski House",
      "Lamna Healthcare",
      "Trey Research",
      "Fabrikam Residences",
    ]);
    expect(await seeded("Alpine Ski House")).toMatchObject({
      kind: "reservation",
      productName: "Virtual machine D2s v5 (general purpose, 2 vCPU, 8 GiB)",
      region: "eastus",
      quantity: 3,
      term: "P1Y",
      autoRenew: false,
    });
    expect(await seeded("Blue Yonder Airlines")).toMatchObject({ kind: "savings_plan", hourlyCommitmentMills: 1200 });
  });

  it("counts them for the digest, and leaves out what has ended or was cancelled", async () => {
    const now = new Date();
    const count = (within: number) => countExpiringPurchases(getDb(), 1, within, now);
    expect(await count(30)).toEqual({ reservations: 2, savingsPlans: 1 });
    expect(await count(90)).toEqual({ reservations: 4, savingsPlans: 1 });
    const alpine = await seeded("Alpine Ski House");
    await getDb().update(reservations).set({ status: "cancelled" }).where(eq(reservations.reservationId, alpine.id));
    expect(await count(30)).toEqual({ reservations: 1, savingsPlans: 1 });
    // A moment after Blue Yonder's savings plan ends, it no longer expires soon: it has expired.
    const blueYonder = await seeded("Blue Yonder Airlines");
    expect(await countExpiringPurchases(getDb(), 1, 30, new Date(blueYonder.expiresAt.getTime() + 1))).toMatchObject({
      savingsPlans: 0,
    });
  });

  it("shows nothing of another partner's customers", async () => {
    expect((await listed({ within: 90 }, demo.fabrikamAdmin)).items).toEqual([]);
  });

  it("filters by kind, auto-renew and customer name, on the server", async () => {
    expect(names((await listed({ within: 90, kind: "savings_plan" })).items)).toEqual(["Blue Yonder Airlines"]);
    expect((await listed({ within: 90, kind: "reservation" })).totalCount).toBe(4);
    expect(names((await listed({ within: 90, autoRenew: "on" })).items)).toEqual(["Trey Research"]);
    expect((await listed({ within: 90, autoRenew: "off" })).totalCount).toBe(4);
    expect(names((await listed({ within: 90, search: "ski" })).items)).toEqual(["Alpine Ski House"]);
    // A GET form's blank fields are no filter.
    expect((await listed({ within: "90", kind: "", autoRenew: "", search: "" })).totalCount).toBe(5);
  });

  it("sorts by end date, customer or renewal price, either way, and pages", async () => {
    expect(names((await listed({ within: 90, sort: "endDate", order: "desc" })).items)[0]).toBe("Fabrikam Residences");
    expect(names((await listed({ within: 90, sort: "customer" })).items)).toEqual([
      "Alpine Ski House",
      "Blue Yonder Airlines",
      "Fabrikam Residences",
      "Lamna Healthcare",
      "Trey Research",
    ]);
    const byPrice = (await listed({ within: 90, sort: "renewalPrice", order: "desc" })).items;
    const prices = byPrice.map((item) => item.renewalTotalMinor!);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
    const page2 = await listed({ within: 90, sort: "customer", size: 2, page: 2 });
    expect(page2).toMatchObject({ totalCount: 5, page: 2, pageCount: 3 });
    expect(names(page2.items)).toEqual(["Fabrikam Residences", "Lamna Healthcare"]);
  });

  it("refuses a query it cannot read, with each field's reason", async () => {
    expect(await listExpiringPurchases(await admin(), { within: "45", sort: "price", size: "0x10" })).toMatchObject({
      ok: false,
      error: "invalid_input",
      fieldErrors: {
        within: [{ reason: "expiring.errors.within" }],
        sort: [{ reason: "expiring.errors.sort" }],
        size: [{ reason: "expiring.errors.size" }],
      },
    });
    expect(await listExpiringPurchases(null, {})).toMatchObject({ error: "unauthenticated" });
  });

  it("prices the renewal at today's prices, exactly as the renewal then charges", async () => {
    // The partner's prices changed since these were bought: the renewal price follows today's.
    await getDb()
      .update(reservationPriceLists)
      .set({ defaultAdjustmentBasisPoints: -1000, savingsPlanAdjustmentBasisPoints: 700 });
    const quoted = (await listed({ within: 90 })).items;
    const alpine = quoted.find((item) => item.companyName === "Alpine Ski House")!;
    const blueYonder = quoted.find((item) => item.companyName === "Blue Yonder Airlines")!;
    expect(alpine.renewalTotalMinor).toBe(3 * Math.round(52_400 * 0.9));

    const turned = await turnOnAutoRenew(await admin(), {
      items: [
        { kind: "reservation", id: alpine.id },
        { kind: "savings_plan", id: blueYonder.id },
      ],
    });
    expect(turned).toMatchObject({ ok: true, data: { refused: [] } });
    // Both end by then; Tailspin Toys' expired one renews too, so each renewal is found by what it renews.
    const afterEnd = new Date(alpine.expiresAt.getTime() + 60_000);
    await renewDueReservations(afterEnd);
    await renewDueSavingsPlans(afterEnd);
    const renewal = alias(reservations, "renewal");
    const [renewedReservation] = await getDb()
      .select({ totalMinor: orders.totalMinor })
      .from(renewal)
      .innerJoin(reservations, eq(reservations.id, renewal.renewalOfReservationId))
      .innerJoin(orders, eq(orders.id, renewal.orderId))
      .where(eq(reservations.reservationId, alpine.id));
    const renewedPlanOf = alias(savingsPlans, "renewal");
    const [renewedPlan] = await getDb()
      .select({ totalMinor: orders.totalMinor })
      .from(renewedPlanOf)
      .innerJoin(savingsPlans, eq(savingsPlans.id, renewedPlanOf.renewalOfSavingsPlanId))
      .innerJoin(orders, eq(orders.id, renewedPlanOf.orderId))
      .where(eq(savingsPlans.savingsPlanId, blueYonder.id));
    expect(renewedReservation.totalMinor).toBe(alpine.renewalTotalMinor);
    expect(renewedPlan.totalMinor).toBe(blueYonder.renewalTotalMinor);
  });

  it("exports every row that matches, in the list's order", async () => {
    const result = await exportExpiringPurchases(await admin(), { within: 90, sort: "customer", size: 1 });
    expect(result).toMatchObject({ ok: true, data: { currency: "USD", within: 90 } });
    if (result.ok) expect(names(result.data.items)).toHaveLength(5);
  });
});

describe("turning auto-renew on for several at once", () => {
  it("turns each on with the entry a single change writes; those on already are reported, not written again", async () => {
    const alpine = await seeded("Alpine Ski House");
    const trey = await seeded("Trey Research");
    const blueYonder = await seeded("Blue Yonder Airlines");
    const items = [
      { kind: "reservation", id: alpine.id },
      { kind: "reservation", id: trey.id },
      { kind: "savings_plan", id: blueYonder.id },
    ];
    expect(await turnOnAutoRenew(await admin(), { items })).toEqual({
      ok: true,
      data: { turnedOn: [items[0], items[2]], alreadyOn: [items[1]], refused: [] },
    });
    expect(await newActivityFor("Alpine Ski House")).toEqual([
      expect.objectContaining({
        operationType: "update_reservation",
        resourceType: "reservation",
        actorEmail: demo.contosoAdmin,
        oldValue: JSON.stringify({ id: alpine.id, autoRenew: false }),
        newValue: JSON.stringify({ id: alpine.id, autoRenew: true }),
      }),
    ]);
    expect(await newActivityFor("Blue Yonder Airlines")).toEqual([
      expect.objectContaining({
        operationType: "update_savings_plan",
        newValue: JSON.stringify({ id: blueYonder.id, autoRenew: true }),
      }),
    ]);
    expect(await newActivityFor("Trey Research")).toEqual([]);
    expect((await listed({ within: 90, autoRenew: "on" })).totalCount).toBe(3);

    // Twice is the same as once: all on already, nothing written.
    expect(await turnOnAutoRenew(await admin(), { items })).toEqual({
      ok: true,
      data: { turnedOn: [], alreadyOn: items, refused: [] },
    });
    expect(await newActivityFor("Alpine Ski House")).toHaveLength(1);
  });

  it("refuses anyone but an Admin agent, and changes nothing", async () => {
    const alpine = await seeded("Alpine Ski House");
    const items = [{ kind: "reservation", id: alpine.id }];
    for (const agent of [demo.contosoSales, demo.contosoHelpdesk]) {
      expect(await turnOnAutoRenew(await actorRef(agent), { items })).toMatchObject({
        ok: false,
        error: "forbidden",
        reason: "expiring.errors.onlyAdminsTurnOn",
      });
    }
    expect((await seeded("Alpine Ski House")).autoRenew).toBe(false);
    expect(await newActivityFor("Alpine Ski House")).toEqual([]);
  });

  it("reports what it may not change, another partner's included, and still turns the rest on", async () => {
    const alpine = await seeded("Alpine Ski House");
    const lamna = await seeded("Lamna Healthcare");
    await getDb().update(reservations).set({ status: "cancelled" }).where(eq(reservations.reservationId, lamna.id));
    const items = [
      { kind: "reservation", id: alpine.id },
      { kind: "reservation", id: lamna.id },
    ];
    expect(await turnOnAutoRenew(await actorRef(demo.fabrikamAdmin), { items })).toMatchObject({
      ok: true,
      data: {
        turnedOn: [],
        refused: [
          { id: alpine.id, reason: "reservations.errors.reservationNotFound" },
          { id: lamna.id, reason: "reservations.errors.reservationNotFound" },
        ],
      },
    });
    expect(await turnOnAutoRenew(await admin(), { items })).toMatchObject({
      ok: true,
      data: { turnedOn: [items[0]], refused: [{ id: lamna.id, reason: "reservations.errors.nothingToGiveBack" }] },
    });
    expect(await newActivityFor("Lamna Healthcare")).toEqual([]);
  });

  it("refuses an empty or malformed selection", async () => {
    expect(await turnOnAutoRenew(await admin(), { items: [] })).toMatchObject({
      error: "invalid_input",
      fieldErrors: { items: [{ reason: "expiring.errors.nothingSelected" }] },
    });
    expect(await turnOnAutoRenew(await admin(), { items: [{ kind: "subscription", id: "x" }] })).toMatchObject({
      error: "invalid_input",
    });
  });
});
