import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { eq, isNotNull } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { customers, notifications, orders, reservations, subscriptions } from "@/db/schema";
import { newActivityFor, subscriptionOf } from "@/db/testing/fixtures";
import { renewDueReservations, renewReservation } from "./renew-reservations";
import { addMonths } from "./term-dates";

const notificationsOf = (customerId: number) =>
  getDb().select().from(notifications).where(eq(notifications.customerId, customerId)).all();

/** The renewal job, run by two processes that start at the same moment: each answers its counts. */
async function runJobInTwoProcesses(): Promise<Record<string, number>[]> {
  const run = promisify(execFile);
  const tsx = path.resolve("node_modules/.bin/tsx");
  const script = path.resolve("db/testing/renew-in-process.ts");
  const startAt = String(Date.now() + 3000);
  return Promise.all(
    [0, 1].map(() => run(tsx, [script, startAt], { env: process.env }).then(({ stdout }) => JSON.parse(stdout))),
  );
}

const renewals = () => getDb().select().from(reservations).where(isNotNull(reservations.renewalOfReservationId)).all();

describe("renewDueReservations", () => {
  it("buys Tailspin's expired auto-renew reservation again, from its end, at today's price, with its own order", () => {
    expect(renewDueReservations()).toEqual({ renewed: 1, no_longer_due: 0, not_renewed: 0, failed: 0 });
    const [renewed] = renewals();
    const old = getDb().select().from(reservations).where(eq(reservations.id, renewed.renewalOfReservationId!)).get()!;
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
    const order = getDb().select().from(orders).where(eq(orders.id, renewed.orderId)).get()!;
    // E4s v5: 1,387.00 a year at list price, Contoso's +5%, two of them.
    expect(order).toMatchObject({ channel: "auto_renewal", placedByEmail: "Auto-renewal", totalMinor: 2 * 145_635 });
    expect(newActivityFor("Tailspin Toys")).toEqual([
      expect.objectContaining({ operationType: "create_order", actorEmail: "Auto-renewal", actorPartnerUserId: null }),
    ]);
    expect(renewDueReservations()).toEqual({ renewed: 0, no_longer_due: 0, not_renewed: 0, failed: 0 });
  });

  it("does not renew a reservation whose billing subscription is not active at expiry, ever: it expires and the partner is told", () => {
    const billing = subscriptionOf("Tailspin Toys", "azure_global");
    getDb().update(subscriptions).set({ status: "suspended" }).where(eq(subscriptions.id, billing.id)).run();
    const [due] = getDb().select().from(reservations).where(eq(reservations.autoRenew, true)).all();
    const now = new Date();
    expect(renewDueReservations(now)).toEqual({ renewed: 0, no_longer_due: 0, not_renewed: 1, failed: 0 });
    expect(getDb().select().from(reservations).where(eq(reservations.id, due.id)).get()).toMatchObject({
      autoRenew: false,
      notRenewedAt: now,
      notRenewedReason: "billing_subscription_not_active",
    });
    const tailspin = getDb().select().from(customers).where(eq(customers.companyName, "Tailspin Toys")).get()!;
    expect(notificationsOf(tailspin.id)).toEqual([
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
    expect(newActivityFor("Tailspin Toys")).toEqual([
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

    // Months later the subscription is back: nothing is bought for the months the customer could not use.
    getDb().update(subscriptions).set({ status: "active" }).where(eq(subscriptions.id, billing.id)).run();
    expect(renewDueReservations(addMonths(now, 3))).toEqual({
      renewed: 0,
      no_longer_due: 0,
      not_renewed: 0,
      failed: 0,
    });
    expect(renewals()).toEqual([]);
    expect(notificationsOf(tailspin.id)).toHaveLength(1);
  });

  it("does not renew a reservation whose product is no longer sold for its term", () => {
    const [due] = getDb().select().from(reservations).where(eq(reservations.autoRenew, true)).all();
    getDb().update(reservations).set({ catalogItemId: "DZH318Z0BQ4P:9999" }).where(eq(reservations.id, due.id)).run();
    expect(renewDueReservations()).toMatchObject({ renewed: 0, not_renewed: 1 });
    expect(getDb().select().from(reservations).where(eq(reservations.id, due.id)).get()).toMatchObject({
      autoRenew: false,
      notRenewedReason: "no_longer_sold",
    });
    expect(notificationsOf(due.customerId).map((n) => n.params.reason)).toEqual(["no_longer_sold"]);
  });

  it("goes on past a reservation whose renewal fails, and tries that one again next run", () => {
    const [tailspin] = getDb().select().from(reservations).where(eq(reservations.autoRenew, true)).all();
    const other = getDb()
      .select()
      .from(reservations)
      .where(eq(reservations.autoRenew, false))
      .all()
      .find((r) => r.status === "active" && r.customerId !== tailspin.customerId)!;
    getDb()
      .update(reservations)
      .set({ autoRenew: true, expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(reservations.id, other.id))
      .run();
    const failingFirst = (tx: Parameters<typeof renewReservation>[0], due: typeof tailspin, now: Date) => {
      if (due.id === tailspin.id) throw new Error("disk I/O error");
      return renewReservation(tx, due, now);
    };
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(renewDueReservations(new Date(), failingFirst)).toMatchObject({ renewed: 1, failed: 1 });
    expect(renewals().map((r) => r.renewalOfReservationId)).toEqual([other.id]);
    expect(renewDueReservations()).toMatchObject({ renewed: 1, failed: 0 });
    expect(renewals()).toHaveLength(2);
  });

  it("renews exactly once when two processes run the job at the same moment", async () => {
    const outcomes = await runJobInTwoProcesses();
    expect(outcomes.map((o) => o.renewed).sort()).toEqual([0, 1]);
    expect(renewals()).toHaveLength(1);
  }, 30_000);

  it("says a renewal did not happen once when two processes run the job at the same moment", async () => {
    const billing = subscriptionOf("Tailspin Toys", "azure_global");
    getDb().update(subscriptions).set({ status: "suspended" }).where(eq(subscriptions.id, billing.id)).run();
    const outcomes = await runJobInTwoProcesses();
    expect(outcomes.map((o) => o.not_renewed).sort()).toEqual([0, 1]);
    const tailspin = getDb().select().from(customers).where(eq(customers.companyName, "Tailspin Toys")).get()!;
    expect(notificationsOf(tailspin.id)).toHaveLength(1);
    expect(newActivityFor("Tailspin Toys")).toHaveLength(1);
  }, 30_000);
});
