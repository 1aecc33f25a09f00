import { describe, expect, it } from "vitest";
import { customerControlsFrom, defaultControlsFrom, typedFromMinor } from "./controls-form-data";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("the purchase controls form's amounts", () => {
  it("shows cents as a person types them, in their language; none is empty", () => {
    expect(typedFromMinor(500_000, "en-US")).toBe("5000");
    expect(typedFromMinor(500_050, "en-US")).toBe("5000.50");
    expect(typedFromMinor(500_005, "fr-FR")).toBe("5000,05");
    expect(typedFromMinor(0, "en-US")).toBe("0");
    expect(typedFromMinor(null, "fr-FR")).toBe("");
  });

  it("reads back what it showed as the same cents, in both languages", () => {
    for (const locale of ["en-US", "fr-FR"] as const) {
      for (const cents of [0, 7, 500_000, 500_050, 123_456_789]) {
        const sent = form({ monthlyLimit: typedFromMinor(cents, locale), approvalAbove: "", version: "3" });
        expect(defaultControlsFrom(sent, locale)).toEqual({
          monthlyLimitMinor: String(cents),
          approvalAboveMinor: null,
          version: "3",
        });
      }
    }
  });

  it("reads French as French typists write it, and leaves anything else for the use case to refuse", () => {
    const sent = form({ monthlyLimit: "12 500,5", approvalAbove: "lots", version: "0" });
    expect(defaultControlsFrom(sent, "fr-FR")).toMatchObject({
      monthlyLimitMinor: "1250050",
      approvalAboveMinor: "lots",
    });
  });

  it("sends no amounts for a customer following the defaults, and the choice as a boolean", () => {
    const following = form({ customerId: "c1", followsDefaults: "true", version: "2" });
    expect(customerControlsFrom(following, "en-US")).toEqual({
      customerId: "c1",
      followsDefaults: true,
      monthlyLimitMinor: null,
      approvalAboveMinor: null,
      version: "2",
    });
    const own = form({ customerId: "c1", followsDefaults: "false", monthlyLimit: "100", version: "2" });
    expect(customerControlsFrom(own, "en-US")).toMatchObject({ followsDefaults: false, monthlyLimitMinor: "10000" });
    expect(customerControlsFrom(form({ followsDefaults: "maybe" }), "en-US").followsDefaults).toBe("maybe");
  });
});
