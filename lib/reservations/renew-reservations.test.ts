import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { orders, reservations, subscriptions } from "@/db/schema";
import { newActivityFor, subscriptionOf } from "@/db/testing/fixtures";
import { renewDueReservations } from "./renew-reservations";
import { addMonths } from "./term-dates";

const renewals = () => getDb().select().from(reservations).where(isNotNull(reservations.renewalOfReservationId)).all();

describe("renewDueReservations", () => {
  it("buys Tailspin's expired auto-renew reservation again, from its end, at today's price, with its own order", () => {
    expect(renewDueReservations()).toEqual({ renewed: 1, already_renewed: 0, not_billable: 0 });
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
    expect(renewDueReservations()).toEqual({ renewed: 0, already_renewed: 0, not_billable: 0 });
  });

  it("renews nothing onto a subscription that no longer qualifies, and tries again later", () => {
    const billing = subscriptionOf("Tailspin Toys", "azure_global");
    getDb().update(subscriptions).set({ status: "suspended" }).where(eq(subscriptions.id, billing.id)).run();
    expect(renewDueReservations()).toEqual({ renewed: 0, already_renewed: 0, not_billable: 1 });
    getDb().update(subscriptions).set({ status: "active" }).where(eq(subscriptions.id, billing.id)).run();
    expect(renewDueReservations().renewed).toBe(1);
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
