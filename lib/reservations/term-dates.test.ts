import { describe, expect, it } from "vitest";
import { addMonths } from "./term-dates";

describe("addMonths", () => {
  it("keeps the day and time of month", () => {
    expect(addMonths(new Date("2026-11-24T10:30:00Z"), 12).toISOString()).toBe("2027-11-24T10:30:00.000Z");
    expect(addMonths(new Date("2026-01-31T00:00:00Z"), 36).toISOString()).toBe("2029-01-31T00:00:00.000Z");
  });

  it("ends a term bought on 29 February on 28 February, not 1 March", () => {
    expect(addMonths(new Date("2028-02-29T08:00:00Z"), 12).toISOString()).toBe("2029-02-28T08:00:00.000Z");
    expect(addMonths(new Date("2028-02-29T08:00:00Z"), 48).toISOString()).toBe("2032-02-29T08:00:00.000Z");
  });
});
