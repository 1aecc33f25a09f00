import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalogues } from "@/i18n/messages";

// The words useDescribeMonthlyPayments puts a schedule into, in each language.
const inEnglish = createTranslator({ locale: "en-US", messages: catalogues["en-US"], namespace: "pricing" });
const inFrench = createTranslator({ locale: "fr-FR", messages: catalogues["fr-FR"], namespace: "pricing" });

describe("monthly payments in words", () => {
  it("says what is paid each month, and which first months cost a cent more", () => {
    expect(inEnglish("monthlyPayments", { months: 12, regular: "$1.00" })).toBe("12 monthly payments of $1.00");
    expect(inEnglish("monthlyPaymentsFirstHigher", { months: 12, regular: "$37.27", extra: 6, higher: "$37.28" })).toBe(
      "12 monthly payments of $37.27 (the first 6: $37.28)",
    );
    expect(inEnglish("monthlyPaymentsFirstHigher", { months: 12, regular: "$1.00", extra: 1, higher: "$1.01" })).toBe(
      "12 monthly payments of $1.00 (the first: $1.01)",
    );
  });

  it("in French", () => {
    expect(
      inFrench("monthlyPaymentsFirstHigher", { months: 36, regular: "37,27 $US", extra: 6, higher: "37,28 $US" }),
    ).toBe("36 paiements mensuels de 37,27 $US (les 6 premiers : 37,28 $US)");
    expect(
      inFrench("monthlyPaymentsFirstHigher", { months: 12, regular: "1,00 $US", extra: 1, higher: "1,01 $US" }),
    ).toBe("12 paiements mensuels de 1,00 $US (le premier : 1,01 $US)");
  });
});
