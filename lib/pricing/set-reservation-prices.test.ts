import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activityEntries } from "@/db/schema";
import { actor, actorRef, demo } from "@/db/testing/fixtures";
import { getPricingView } from "./pricing-view";
import { readPriceList } from "./price-list";
import { setReservationPrices } from "./set-reservation-prices";

const cosmos = "DZH318Z0BQCD:0001";
const d2s = "DZH318Z0BQ4P:0001";
const priceEntries = () =>
  getDb()
    .select()
    .from(activityEntries)
    .where(and(eq(activityEntries.operationType, "update_price_list"), isNull(activityEntries.customerId)))
    .all();

describe("setReservationPrices", () => {
  it("sets the default and per-product overrides; clearing an override returns the product to the default", () => {
    const admin = actor(demo.contosoAdmin);
    expect(
      setReservationPrices(actorRef(demo.contosoAdmin), {
        defaultAdjustmentPercent: "7.5",
        overrides: { [d2s]: "-3", [cosmos]: null },
      }),
    ).toEqual({ ok: true, data: { changed: true } });

    expect(readPriceList(getDb(), admin.partnerId)).toEqual({
      defaultAdjustmentBasisPoints: 750,
      overrides: { [d2s]: -300 },
    });
    const [entry] = priceEntries();
    expect(JSON.parse(entry.oldValue!)).toEqual({ defaultAdjustmentBasisPoints: 500, overrides: { [cosmos]: -200 } });

    const view = getPricingView(admin);
    expect(view.rows.find((r) => r.catalogItemId === d2s)?.prices[0]).toEqual({
      term: "1 year",
      listMinor: 52_400,
      customerMinor: 50_828,
      marginMinor: -1_572,
    });
  });

  it("changes and logs nothing when nothing changes", () => {
    expect(setReservationPrices(actorRef(demo.contosoAdmin), { defaultAdjustmentPercent: 5, overrides: {} })).toEqual({
      ok: true,
      data: { changed: false },
    });
    expect(priceEntries()).toEqual([]);
  });

  it.each([demo.contosoSales, demo.contosoHelpdesk])("refuses %s", (email) => {
    expect(setReservationPrices(actorRef(email), { defaultAdjustmentPercent: 0, overrides: {} })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
  });

  it.each([
    ["a percentage that is not a number", { defaultAdjustmentPercent: "lots", overrides: {} }],
    ["a discount over 90%", { defaultAdjustmentPercent: -95, overrides: {} }],
    ["three decimals", { defaultAdjustmentPercent: 1.234, overrides: {} }],
    ["a blank default (not 0%)", { defaultAdjustmentPercent: " ", overrides: {} }],
    ["a missing default", { defaultAdjustmentPercent: null, overrides: {} }],
    ["a blank override", { defaultAdjustmentPercent: 5, overrides: { "DZH318Z0BQ4P:0001": "" } }],
    ["an unknown product", { defaultAdjustmentPercent: 5, overrides: { "NOT-A-PRODUCT": 3 } }],
  ])("rejects %s, changing nothing", (_name, input) => {
    expect(setReservationPrices(actorRef(demo.contosoAdmin), input)).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
    expect(readPriceList(getDb(), actor(demo.contosoAdmin).partnerId).defaultAdjustmentBasisPoints).toBe(500);
  });

  it("keeps each partner's prices to itself", () => {
    setReservationPrices(actorRef(demo.fabrikamAdmin), { defaultAdjustmentPercent: 12, overrides: {} });
    expect(readPriceList(getDb(), actor(demo.contosoAdmin).partnerId).defaultAdjustmentBasisPoints).toBe(500);
  });
});
