import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { eq, isNotNull } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { customers, notifications, orders, reservations, subscriptions } from "@/db/schema";
import { newActivityFor, subscriptionOf } from "@/testing/fixtures";
import { renewDueReservations, renewReservation } from "./renew-reservations";
import { addMonths } from "./term-dates";

const notificationsOf = (customerId: number) =>
  getDb().select().from(notifications).where(eq(notifications.customerId, customerId));
const reservationById = async (id: number) => {
  const [row] = await getDb().select().from(reservations).where(eq(reservations.id, id)).limit(1);
  return row;
};
const autoRenewing = () => getDb().select().from(reservations).where(eq(reservations.autoRenew, true));
const tailspinCustomer = async () => {
  const [row] = await getDb().select().from(customers).where(eq(customers.companyName, "Tailspin Toys")).limit(1);
  return row;
};

/** The renewal job, run by two processes that start at the same moment: each answers its counts. */
async function runJobInTwoProcesses(): Promise<Record<string, number>[]> {
  const run = promisify(execFile);
  const tsx = path.resolve("node_modules/.bin/tsx");
  const script = path.resolve("testing/renew-in-process.ts");
  const startAt = String(Date.now() + 3000);
  return Promise.all(
    [0, 1].map(() => run(tsx, [script, startAt], { env: process.env }).then(({ stdout }) => JSON.parse(stdout))),
  );
}

const renewals = () => getDb().select().from(reservations).where(isNotNull(reservations.renewalOfReservationId));

describe("renewDueReservations", () => {
  it("buys Tailspin's expired auto-renew reservation again, from its end, at today's price, with its own order", async () => {
    expect(await renewDueReservations()).toEqual({ renewed: 1, no_longer_due: 0, not_renewed: 0, failed: 0 });
    const [renewed] = await renewals();
    const old = await reservationById(renewed.renewalOfReservationId!);
    expect(renewed).toMatchObject({
      catalogItemId: old.catalogItemId,
      quantity: old.quantity,
      term: "P1Y",
      scope: old.scope,
      autoRenew: true,
      createdAt: old.expiresAt,
      expiresAt: addMonths(old.expiresAt, 12),
    });
    expect(old.autoRenew).toBe(false);
    const [order] = await getDb().select().from(orders).where(eq(orders.id, renewed.orderId)).limit(1);
    // E4s v5: 1,387.00 a year at list price, Contoso's +5%, two of them.
    expect(order).toMatchObject({ channel: "auto_renewal", placedByEmail: "Auto-renewal", totalMinor: 2 * 145_635 });
    expect(await newActivityFor("Tailspin Toys")).toEqual([
      expect.objectContaining({ operationType: "create_order", actorEmail: "Auto-renewal", actorPartnerUserId: null }),
    ]);
    expect(await renewDueReservations()).toEqual({ renewed: 0, no_longer_due: 0, not_renewed: 0, failed: 0 });
  });

  it("does not renew a reservation whose billing subscription is not active at expiry, ever: it expires and the partner is told", async () => {
    const billing = await subscriptionOf("Tailspin Toys", "azure_global");
    await getDb().update(subscriptions).set({ status: "suspended" }).where(eq(subscriptions.id, billing.id));
    const [due] = await autoRenewing();
    const now = new Date();
    expect(await renewDueReservations(now)).toEqual({ renewed: 0, no_longer_due: 0, not_renewed: 1, failed: 0 });
    expect(await reservationById(due.id)).toMatchObject({
      autoRenew: false,
      notRenewedAt: now,
      notRenewedReason: "billing_subscription_not_active",
    });
    const tailspin = await tailspinCustomer();
    expect(await notificationsOf(tailspin.id)).toEqual([
      expect.objectContaining({
        partnerId: tailspin.partnerId,
        kind: "reservation_not_renewed",
        params: expect.objectContaining({
          customer: "Tailspin Toys",
          reservation: due.displayName,
          reason: "billing_subscription_not_active",
        }),
        link: `/customers/${tailspin.tenantId}/reservations/${due.reservationId}`,
      }),
    ]);
    expect(await newActivityFor("Tailspin Toys")).toEqual([
      expect.objectContaining({
        operationType: "update_reservation",
        actorEmail: "Auto-renewal",
        actorPartnerUserId: null,
        oldValue: JSON.stringify({ id: due.reservationId, autoRenew: true }),
        newValue: JSON.stringify({
          id: due.reservationId,
          autoRenew: false,
          notRenewed: { at: now.toISOString(), reason: "billing_subscription_not_active" },
        }),
      }),
    ]);

    // Months later the subscription is back: nothing is bought for the months the customer could not use. (Trey
    // Research's seeded reservation, auto-renew on, has ended by then too: it alone renews.)
    await getDb().update(subscriptions).set({ status: "active" }).where(eq(subscriptions.id, billing.id));
    expect(await renewDueReservations(addMonths(now, 3))).toEqual({
      renewed: 1,
      no_longer_due: 0,
      not_renewed: 0,
      failed: 0,
    });
    expect((await renewals()).map((renewal) => renewal.renewalOfReservationId)).not.toContain(due.id);
    expect(await notificationsOf(tailspin.id)).toHaveLength(1);
  });

  it("does not renew a reservation whose product is no longer sold for its term", async () => {
    const [due] = await autoRenewing();
    await getDb().update(reservations).set({ catalogItemId: "DZH318Z0BQ4P:9999" }).where(eq(reservations.id, due.id));
    expect(await renewDueReservations()).toMatchObject({ renewed: 0, not_renewed: 1 });
    expect(await reservationById(due.id)).toMatchObject({
      autoRenew: false,
      notRenewedReason: "no_longer_sold",
    });
    expect((await notificationsOf(due.customerId)).map((n) => n.params.reason)).toEqual(["no_longer_sold"]);
  });

  it("goes on past a reservation whose renewal fails, and tries that one again next run", async () => {
    const [tailspin] = await autoRenewing();
    const other = (await getDb().select().from(reservations).where(eq(reservations.autoRenew, false))).find(
      (r) => r.status === "active" && r.customerId !== tailspin.customerId,
    )!;
    await getDb()
      .update(reservations)
      .set({ autoRenew: true, expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(reservations.id, other.id));
    const failingFirst = async (tx: Parameters<typeof renewReservation>[0], due: typeof tailspin, now: Date) => {
      if (due.id === tailspin.id) throw new Error("disk I/O error");
      return renewReservation(tx, due, now);
    };
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await renewDueReservations(new Date(), failingFirst)).toMatchObject({ renewed: 1, failed: 1 });
    expect((await renewals()).map((r) => r.renewalOfReservationId)).toEqual([other.id]);
    expect(await renewDueReservations()).toMatchObject({ renewed: 1, failed: 0 });
    expect(await renewals()).toHaveLength(2);
  });

  it("renews exactly once when two processes run the job at the same moment", async () => {
    const outcomes = await runJobInTwoProcesses();
    expect(outcomes.map((o) => o.renewed).sort()).toEqual([0, 1]);
    expect(await renewals()).toHaveLength(1);
  }, 30_000);

  it("says a renewal did not happen once when two processes run the job at the same moment", async () => {
    const billing = await subscriptionOf("Tailspin Toys", "azure_global");
    await getDb().update(subscriptions).set({ status: "suspended" }).where(eq(subscriptions.id, billing.id));
    const outcomes = await runJobInTwoProcesses();
    expect(outcomes.map((o) => o.not_renewed).sort()).toEqual([0, 1]);
    const tailspin = await tailspinCustomer();
    expect(await notificationsOf(tailspin.id)).toHaveLength(1);
    expect(await newActivityFor("Tailspin Toys")).toHaveLength(1);
  }, 30_000);
});
