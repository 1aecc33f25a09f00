import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { eq, isNotNull } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { orders, reservations, subscriptions } from "@/db/schema";
import { newActivityFor, subscriptionOf } from "@/db/testing/fixtures";
import { renewDueReservations, renewReservation } from "./renew-reservations";
import { addMonths } from "./term-dates";

const renewals = () => getDb().select().from(reservations).where(isNotNull(reservations.renewalOfReservationId)).all();

describe("renewDueReservations", () => {
  it("buys Tailspin's expired auto-renew reservation again, from its end, at today's price, with its own order", () => {
    expect(renewDueReservations()).toEqual({ renewed: 1, already_renewed: 0, not_billable: 0, failed: 0 });
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
    expect(renewDueReservations()).toEqual({ renewed: 0, already_renewed: 0, not_billable: 0, failed: 0 });
  });

  it("renews nothing onto a subscription that no longer qualifies, and tries again later", () => {
    const billing = subscriptionOf("Tailspin Toys", "azure_global");
    getDb().update(subscriptions).set({ status: "suspended" }).where(eq(subscriptions.id, billing.id)).run();
    expect(renewDueReservations()).toEqual({ renewed: 0, already_renewed: 0, not_billable: 1, failed: 0 });
    getDb().update(subscriptions).set({ status: "active" }).where(eq(subscriptions.id, billing.id)).run();
    expect(renewDueReservations().renewed).toBe(1);
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
    const run = promisify(execFile);
    const tsx = path.resolve("node_modules/.bin/tsx");
    const script = path.resolve("db/testing/renew-in-process.ts");
    const startAt = String(Date.now() + 3000);
    const outcomes = await Promise.all(
      [0, 1].map(() => run(tsx, [script, startAt], { env: process.env }).then(({ stdout }) => JSON.parse(stdout))),
    );
    expect(outcomes.map((o) => o.renewed).sort()).toEqual([0, 1]);
    expect(renewals()).toHaveLength(1);
  }, 30_000);
});
