import { eq } from "drizzle-orm";
import { z } from "zod";
import { reservationPriceLists, reservationPriceOverrides } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { findProduct } from "@/lib/reservations/catalog";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput, reason, settingsVersion } from "@/lib/validation";
import type { PriceList } from "./customer-price";
import { readPriceList, readPriceListVersion } from "./price-list";

/** A percentage against the list price, to the hundredth: 5 is a 5% markup, -2.5 a 2.5% discount. */
const percentMessage = reason("pricing.errors.percent");
const adjustmentPercent = z
  // A blank or missing field is not 0%: refuse it rather than reset prices.
  .union([z.number(), z.string().trim().min(1, percentMessage)], { message: percentMessage })
  .pipe(
    z.coerce
      .number<string | number>({ message: percentMessage })
      .min(-90, reason("pricing.errors.discountTooLarge"))
      .max(200, reason("pricing.errors.markupTooLarge"))
      .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9, { message: reason("pricing.errors.twoDecimals") }),
  );

export const setReservationPricesInput = z.object({
  /** The version the page was read at: a save based on prices someone has changed since is refused. */
  version: settingsVersion,
  defaultAdjustmentPercent: adjustmentPercent,
  /** Per product: a percentage, or null to follow the default. */
  overrides: z.record(z.string(), adjustmentPercent.nullable()),
  /** Every savings plan's markup or discount; left out, it stays as it is. */
  savingsPlanAdjustmentPercent: adjustmentPercent.optional(),
});

const toBasisPoints = (percent: number) => Math.round(percent * 100);

export type ReservationPricesSave = { changed: boolean; version: number };

/**
 * Sets the partner's prices: a default markup or discount and per-product overrides for reservations, and one
 * markup or discount for savings plans. Admin agents
 * only. The save carries the version it was read at; if another save came in between it is refused whole, never
 * merged: the form holds every product's override, and writing it over someone's newer ones would silently undo them.
 */
export async function setReservationPrices(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<ReservationPricesSave>> {
  const input = parseInput(setReservationPricesInput, rawInput);
  if (!input.ok) return input;
  const unknown = Object.keys(input.data.overrides).filter((id) => !findProduct(id));
  if (unknown.length) return fail("invalid_input", "pricing.errors.unknownProduct", { products: unknown.join(", ") });

  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<ReservationPricesSave>> => {
    if (!can(actor.role, "setReservationPrices")) return fail("forbidden", "pricing.errors.onlyAdmins");
    // Read and compared inside the write transaction: no other save can land between this check and the write.
    const version = await readPriceListVersion(tx, actor.partnerId);
    if (version !== input.data.version) {
      return fail("edit_conflict", "pricing.errors.editConflict");
    }
    const before = await readPriceList(tx, actor.partnerId);
    const savingsPlan = input.data.savingsPlanAdjustmentPercent;
    const after = {
      defaultAdjustmentBasisPoints: toBasisPoints(input.data.defaultAdjustmentPercent),
      overrides: Object.fromEntries(
        Object.entries({ ...before.overrides, ...input.data.overrides })
          .filter((entry): entry is [string, number] => entry[1] !== null && entry[1] !== undefined)
          .map(([id, value]) => [id, id in input.data.overrides ? toBasisPoints(value) : value]),
      ),
      savingsPlanAdjustmentBasisPoints:
        savingsPlan === undefined ? before.savingsPlanAdjustmentBasisPoints : toBasisPoints(savingsPlan),
    };
    if (JSON.stringify(sorted(before)) === JSON.stringify(sorted(after))) return ok({ changed: false, version });

    const now = new Date();
    await tx
      .insert(reservationPriceLists)
      .values({
        partnerId: actor.partnerId,
        defaultAdjustmentBasisPoints: after.defaultAdjustmentBasisPoints,
        savingsPlanAdjustmentBasisPoints: after.savingsPlanAdjustmentBasisPoints,
        version: version + 1,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: reservationPriceLists.partnerId,
        set: {
          defaultAdjustmentBasisPoints: after.defaultAdjustmentBasisPoints,
          savingsPlanAdjustmentBasisPoints: after.savingsPlanAdjustmentBasisPoints,
          version: version + 1,
          updatedAt: now,
        },
      });
    await tx.delete(reservationPriceOverrides).where(eq(reservationPriceOverrides.partnerId, actor.partnerId));
    for (const [catalogItemId, adjustmentBasisPoints] of Object.entries(after.overrides)) {
      await tx
        .insert(reservationPriceOverrides)
        .values({ partnerId: actor.partnerId, catalogItemId, adjustmentBasisPoints });
    }
    await recordActivity(tx, {
      actor,
      customer: null,
      operationType: "update_price_list",
      resourceType: "price_list",
      oldValue: before,
      newValue: after,
      at: now,
    });
    return ok({ changed: true, version: version + 1 });
  });
}

/** The same prices always compare alike, whatever order their keys were written in. */
function sorted(list: PriceList) {
  return {
    defaultAdjustmentBasisPoints: list.defaultAdjustmentBasisPoints,
    overrides: Object.fromEntries(Object.entries(list.overrides).sort()),
    savingsPlanAdjustmentBasisPoints: list.savingsPlanAdjustmentBasisPoints,
  };
}
