import { describe, expect, it } from "vitest";
import { decimalAsTyped, decimalFromTyped } from "./typed-decimal";

describe("decimals in form fields", () => {
  it("shows French readers a decimal comma, English ones the number as it is", () => {
    expect(decimalAsTyped(-2.5, "fr-FR")).toBe("-2,5");
    expect(decimalAsTyped("1.000", "fr-FR")).toBe("1,000");
    expect(decimalAsTyped(-2.5, "en-US")).toBe("-2.5");
  });

  it("reads what French readers type the way the server does, and leaves English as typed", () => {
    expect(decimalFromTyped("-2,5", "fr-FR")).toBe("-2.5");
    expect(decimalFromTyped("1\u202f000,250", "fr-FR")).toBe("1000.250");
    expect(decimalFromTyped(" 1,5 ", "fr-FR")).toBe("1.5");
    // In English a comma groups thousands: the server refuses "1,5" rather than guess.
    expect(decimalFromTyped("1,5", "en-US")).toBe("1,5");
  });
});
