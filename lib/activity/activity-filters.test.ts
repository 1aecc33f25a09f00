import { describe, expect, it } from "vitest";
import { activityFilterSearch, activityWindow, readActivityFilters } from "./activity-filters";

const now = new Date("2026-11-24T15:00:00Z");

describe("readActivityFilters", () => {
  it("defaults to the last 30 days, today included", () => {
    const filters = readActivityFilters({}, now);
    expect(filters).toMatchObject({ from: "2026-10-25", to: "2026-11-24" });
    expect(activityWindow(filters)).toEqual({
      start: new Date("2026-10-25T00:00:00Z"),
      end: new Date("2026-11-25T00:00:00Z"),
    });
  });

  it("keeps valid filters and drops unreadable ones instead of failing", () => {
    const filters = readActivityFilters(
      { from: "2026-01-01", to: "not a date", action: "drop_table", customer: " Wingtip ", user: "", cursor: "x" },
      now,
    );
    expect(filters).toMatchObject({ from: "2026-01-01", to: "2026-11-24", customer: "Wingtip" });
    expect(filters.action).toBeUndefined();
    expect(filters.user).toBeUndefined();
    expect(filters.cursor).toBeUndefined();
    // What was given but left out is named, so the page can say the list is not filtered as asked.
    expect(filters.ignored).toEqual(["to", "action"]);
  });

  it("names an over-long customer filter as left out, instead of silently listing everything", () => {
    const filters = readActivityFilters({ customer: "W".repeat(201) }, now);
    expect(filters.customer).toBeUndefined();
    expect(filters.ignored).toEqual(["customer"]);
    expect(readActivityFilters({ customer: "W".repeat(200) }, now).ignored).toEqual([]);
  });

  it.each(["2024-13-01", "2024-02-31", "2024-00-10"])("treats %s, not a real day, as unset", (day) => {
    expect(readActivityFilters({ from: day, to: day }, now)).toMatchObject({ from: "2026-10-25", to: "2026-11-24" });
  });

  it("writes the filters back as a query string", () => {
    const filters = readActivityFilters({ action: "create_self_serve_policy", customer: "Wingtip Toys" }, now);
    expect(activityFilterSearch(filters, "123.4")).toBe(
      "from=2026-10-25&to=2026-11-24&action=create_self_serve_policy&customer=Wingtip+Toys&cursor=123.4",
    );
  });
});
