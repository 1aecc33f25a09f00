import { and, count, eq, gt, lte, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { customers, reservations, savingsPlans } from "@/db/schema";

/** The windows the Expiring soon page offers, in days from now. */
export const expiringWindows = [30, 60, 90] as const;
export type ExpiringWindow = (typeof expiringWindows)[number];

const dayMs = 24 * 60 * 60 * 1000;

/** The end of a window: what ends after `now` and no later than this is expiring within it. */
export function windowEnd(now: Date, withinDays: number): Date {
  return new Date(now.getTime() + withinDays * dayMs);
}

/** A reservation that is still active (not cancelled or exchanged, not yet ended) and ends within the window. */
export function reservationExpiresWithin(now: Date, withinDays: number): SQL[] {
  return [
    eq(reservations.status, "active"),
    gt(reservations.expiresAt, now),
    lte(reservations.expiresAt, windowEnd(now, withinDays)),
  ];
}

/** A savings plan that has not ended yet and ends within the window: nothing else ends a savings plan. */
export function savingsPlanExpiresWithin(now: Date, withinDays: number): SQL[] {
  return [gt(savingsPlans.expiresAt, now), lte(savingsPlans.expiresAt, windowEnd(now, withinDays))];
}

/** How many of a partner's customers' reservations and savings plans end within `withinDays` of `now`. */
export async function countExpiringPurchases(
  tx: Tx,
  partnerId: number,
  withinDays: number,
  now: Date,
): Promise<{ reservations: number; savingsPlans: number }> {
  const [reservationCount] = await tx
    .select({ n: count() })
    .from(reservations)
    .innerJoin(customers, eq(customers.id, reservations.customerId))
    .where(and(eq(customers.partnerId, partnerId), ...reservationExpiresWithin(now, withinDays)));
  const [savingsPlanCount] = await tx
    .select({ n: count() })
    .from(savingsPlans)
    .innerJoin(customers, eq(customers.id, savingsPlans.customerId))
    .where(and(eq(customers.partnerId, partnerId), ...savingsPlanExpiresWithin(now, withinDays)));
  return { reservations: reservationCount.n, savingsPlans: savingsPlanCount.n };
}
