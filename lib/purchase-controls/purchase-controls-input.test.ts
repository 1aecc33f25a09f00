import { describe, expect, it } from "vitest";
import { parseInput } from "@/lib/validation";
import { controlValuesInput } from "./purchase-controls-input";
import { minorFromTyped } from "./typed-amount";

describe("purchase control amounts", () => {
  it("are typed in the currency and kept in cents; empty is no limit", () => {
    expect(minorFromTyped("5000")).toBe("500000");
    expect(minorFromTyped(" 5000.5 ")).toBe("500050");
    expect(minorFromTyped("0.05")).toBe("5");
    expect(minorFromTyped("5,000.50")).toBe("500050");
    expect(minorFromTyped("1,234,567")).toBe("123456700");
    expect(minorFromTyped("5,00")).toBe("5,00");
    expect(minorFromTyped("")).toBeNull();
    // Anything else is left for the use case to refuse, in words.
    expect(minorFromTyped("5e3")).toBe("5e3");
    expect(minorFromTyped("-1")).toBe("-1");
  });

  it("take whole cents up to a billion, or null; nothing is coerced", () => {
    const parse = (monthlyLimitMinor: unknown, approvalAboveMinor: unknown = null) =>
      parseInput(controlValuesInput, { monthlyLimitMinor, approvalAboveMinor, version: 0 });
    expect(parse(500_000)).toMatchObject({ ok: true, data: { monthlyLimitMinor: 500_000 } });
    expect(parse("500000")).toMatchObject({ ok: true, data: { monthlyLimitMinor: 500_000 } });
    expect(parse(null)).toMatchObject({ ok: true, data: { monthlyLimitMinor: null } });
    for (const bad of [true, [1], "0x1", "1e3", 1.5, -1, 100_000_000_001, "", undefined]) {
      expect(parse(bad)).toMatchObject({
        ok: false,
        fieldErrors: { monthlyLimitMinor: [{ reason: "purchaseControls.errors.amount" }] },
      });
    }
  });

  it("refuse an approval amount above the limit: it could never be asked for", () => {
    expect(
      parseInput(controlValuesInput, { monthlyLimitMinor: 100, approvalAboveMinor: 101, version: 0 }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { approvalAboveMinor: [{ reason: "purchaseControls.errors.approvalAboveLimit" }] },
    });
    expect(
      parseInput(controlValuesInput, { monthlyLimitMinor: 100, approvalAboveMinor: 100, version: 0 }),
    ).toMatchObject({ ok: true });
  });
});
