import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activityEntries } from "@/db/schema";
import { actor, actorRef, demo } from "@/testing/fixtures";
import { getPricingView } from "./pricing-view";
import { readPriceList } from "./price-list";
import { setReservationPrices } from "./set-reservation-prices";

const cosmos = "DZH318Z0BQCD:0001";
const d2s = "DZH318Z0BQ4P:0001";
const priceEntries = () =>
  getDb()
    .select()
    .from(activityEntries)
    .where(and(eq(activityEntries.operationType, "update_price_list"), isNull(activityEntries.customerId)));

describe("setReservationPrices", () => {
  it("sets the default and per-product overrides; clearing an override returns the product to the default", async () => {
    const admin = await actor(demo.contosoAdmin);
    expect(
      await setReservationPrices(await actorRef(demo.contosoAdmin), {
        version: 0,
        defaultAdjustmentPercent: "7.5",
        overrides: { [d2s]: "-3", [cosmos]: null },
      }),
    ).toEqual({ ok: true, data: { changed: true, version: 1 } });

    expect(await readPriceList(getDb(), admin.partnerId)).toEqual({
      defaultAdjustmentBasisPoints: 750,
      overrides: { [d2s]: -300 },
      savingsPlanAdjustmentBasisPoints: 300,
    });
    const [entry] = await priceEntries();
    expect(JSON.parse(entry.oldValue!)).toEqual({
      defaultAdjustmentBasisPoints: 500,
      overrides: { [cosmos]: -200 },
      savingsPlanAdjustmentBasisPoints: 300,
    });

    const view = await getPricingView(admin);
    expect(view.rows.find((r) => r.catalogItemId === d2s)?.prices[0]).toEqual({
      term: "P1Y",
      listMinor: 52_400,
      customerMinor: 50_828,
      marginMinor: -1_572,
    });
  });

  it("sets the savings-plan markup or discount, and leaves it as it is when a save does not say", async () => {
    const partnerId = (await actor(demo.contosoAdmin)).partnerId;
    const save = async (version: number, savingsPlanAdjustmentPercent?: string) =>
      setReservationPrices(await actorRef(demo.contosoAdmin), {
        version,
        defaultAdjustmentPercent: "5",
        overrides: {},
        ...(savingsPlanAdjustmentPercent !== undefined && { savingsPlanAdjustmentPercent }),
      });
    expect(await save(0, "-1.5")).toEqual({ ok: true, data: { changed: true, version: 1 } });
    expect((await readPriceList(getDb(), partnerId)).savingsPlanAdjustmentBasisPoints).toBe(-150);
    expect(await save(1)).toEqual({ ok: true, data: { changed: false, version: 1 } });
    expect((await readPriceList(getDb(), partnerId)).savingsPlanAdjustmentBasisPoints).toBe(-150);
    expect(await save(1, "")).toMatchObject({
      ok: false,
      error: "invalid_input",
      fieldErrors: { savingsPlanAdjustmentPercent: [{ reason: "pricing.errors.percent" }] },
    });
  });

  it("changes and logs nothing when nothing changes", async () => {
    expect(
      await setReservationPrices(await actorRef(demo.contosoAdmin), {
        version: 0,
        defaultAdjustmentPercent: 5,
        overrides: {},
      }),
    ).toEqual({
      ok: true,
      data: { changed: false, version: 0 },
    });
    expect(await priceEntries()).toEqual([]);
  });

  it.each([demo.contosoSales, demo.contosoHelpdesk])("refuses %s", async (email) => {
    expect(
      await setReservationPrices(await actorRef(email), { version: 0, defaultAdjustmentPercent: 0, overrides: {} }),
    ).toMatchObject({
      ok: false,
      error: "forbidden",
      reason: "pricing.errors.onlyAdmins",
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
    ["a missing version", { version: undefined, defaultAdjustmentPercent: 6, overrides: {} }],
    ["a version that is not one", { version: "latest", defaultAdjustmentPercent: 6, overrides: {} }],
    // What a form without the hidden field sends: neither may pass for version 0.
    ["a version the form did not send", { version: null, defaultAdjustmentPercent: 6, overrides: {} }],
    ["a blank version", { version: "", defaultAdjustmentPercent: 6, overrides: {} }],
    ["a fractional version", { version: "0.5", defaultAdjustmentPercent: 6, overrides: {} }],
  ])("rejects %s, changing nothing", async (_name, input) => {
    expect(await setReservationPrices(await actorRef(demo.contosoAdmin), { version: 0, ...input })).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
    expect(
      (await readPriceList(getDb(), (await actor(demo.contosoAdmin)).partnerId)).defaultAdjustmentBasisPoints,
    ).toBe(500);
  });

  it("says why, field by field, with the catalogue's reasons", async () => {
    const save = async (input: object) =>
      setReservationPrices(await actorRef(demo.contosoAdmin), { version: 0, ...input });
    expect(await save({ defaultAdjustmentPercent: -95, overrides: {} })).toMatchObject({
      fieldErrors: { defaultAdjustmentPercent: [{ reason: "pricing.errors.discountTooLarge" }] },
    });
    expect(await save({ defaultAdjustmentPercent: 250, overrides: {} })).toMatchObject({
      fieldErrors: { defaultAdjustmentPercent: [{ reason: "pricing.errors.markupTooLarge" }] },
    });
    expect(await save({ defaultAdjustmentPercent: 1.234, overrides: {} })).toMatchObject({
      fieldErrors: { defaultAdjustmentPercent: [{ reason: "pricing.errors.twoDecimals" }] },
    });
    expect(await save({ defaultAdjustmentPercent: 5, overrides: { "NOT-A-PRODUCT": 3 } })).toEqual({
      ok: false,
      error: "invalid_input",
      reason: "pricing.errors.unknownProduct",
      values: { products: "NOT-A-PRODUCT" },
    });
  });

  it("keeps each partner's prices to itself", async () => {
    await setReservationPrices(await actorRef(demo.fabrikamAdmin), {
      version: 0,
      defaultAdjustmentPercent: 12,
      overrides: {},
    });
    expect(
      (await readPriceList(getDb(), (await actor(demo.contosoAdmin)).partnerId)).defaultAdjustmentBasisPoints,
    ).toBe(500);
  });

  it("refuses a save read before another Admin agent's: the first one's override stays, nothing is logged twice", async () => {
    const partnerId = (await actor(demo.contosoAdmin)).partnerId;
    const readAt = (await getPricingView(await actor(demo.contosoAdmin))).version;
    // Two tabs open at the same version; the first saves an override for D2s v5…
    expect(
      await setReservationPrices(await actorRef(demo.contosoAdmin), {
        version: readAt,
        defaultAdjustmentPercent: 5,
        overrides: { [d2s]: 8, [cosmos]: -2 },
      }),
    ).toEqual({ ok: true, data: { changed: true, version: readAt + 1 } });
    // …the second, still showing D2s v5 without one, saves another product's.
    expect(
      await setReservationPrices(await actorRef(demo.contosoAdmin), {
        version: readAt,
        defaultAdjustmentPercent: 5,
        overrides: { [d2s]: null, [cosmos]: -4 },
      }),
    ).toEqual({
      ok: false,
      error: "edit_conflict",
      reason: "pricing.errors.editConflict",
    });
    expect(await readPriceList(getDb(), partnerId)).toEqual({
      defaultAdjustmentBasisPoints: 500,
      overrides: { [d2s]: 800, [cosmos]: -200 },
      savingsPlanAdjustmentBasisPoints: 300,
    });
    expect(await priceEntries()).toHaveLength(1);

    // Reloaded, the second tab saves on top of the first one's prices.
    expect(
      await setReservationPrices(await actorRef(demo.contosoAdmin), {
        version: (await getPricingView(await actor(demo.contosoAdmin))).version,
        defaultAdjustmentPercent: 5,
        overrides: { [d2s]: 8, [cosmos]: -4 },
      }),
    ).toMatchObject({ ok: true, data: { changed: true, version: readAt + 2 } });
  });

  it("refuses a stale save even when it would change nothing, so the stale page learns it is stale", async () => {
    const prices = { defaultAdjustmentPercent: 6, overrides: { [d2s]: 8 } };
    expect(await setReservationPrices(await actorRef(demo.contosoAdmin), { version: 0, ...prices })).toMatchObject({
      ok: true,
    });
    expect(await setReservationPrices(await actorRef(demo.contosoAdmin), { version: 0, ...prices })).toMatchObject({
      ok: false,
      error: "edit_conflict",
    });
    expect(await setReservationPrices(await actorRef(demo.contosoAdmin), { version: 1, ...prices })).toEqual({
      ok: true,
      data: { changed: false, version: 1 },
    });
    expect(await priceEntries()).toHaveLength(1);
  });
});
