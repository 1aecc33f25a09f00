import { describe, expect, it } from "vitest";
import { formatMoney } from "./money";

describe("formatMoney", () => {
  it("writes cents in each reader's locale", () => {
    expect(formatMoney(110_040, "USD", "en-US")).toBe("$1,100.40");
    // French groups with a narrow no-break space and puts the currency after, with a no-break space.
    expect(formatMoney(110_040, "USD", "fr-FR")).toBe("1\u202f100,40\u00a0$US");
    expect(formatMoney(110_040, "EUR", "fr-FR")).toBe("1\u202f100,40\u00a0€");
    expect(formatMoney(-5, "USD", "en-US")).toBe("-$0.05");
  });

  it("respects currencies without minor units", () => {
    expect(formatMoney(1500, "JPY", "en-US")).toBe("¥1,500");
    expect(formatMoney(1500, "JPY", "fr-FR")).toBe("1\u202f500\u00a0JPY");
  });
});
