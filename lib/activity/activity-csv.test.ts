import { describe, expect, it } from "vitest";
import { activityCsvLine, csvField } from "./activity-csv";

describe("csvField", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvField("Litware, Inc.")).toBe('"Litware, Inc."');
    expect(csvField('The "Best" Co')).toBe('"The ""Best"" Co"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
  });

  it("keeps a spreadsheet from running a value as a formula", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+1 425")).toBe("'+1 425");
  });
});

describe("activityCsvLine", () => {
  it("writes the date in UTC, the action's label and the values", () => {
    const line = activityCsvLine({
      id: 1,
      createdAt: new Date("2026-11-24T09:30:00Z"),
      customerName: "Wingtip Toys",
      customerTenantId: "e7c732af-ab74-5116-9562-01bd82245177",
      actorEmail: "admin@contoso-csp.example",
      actorCustomerUserId: null,
      operationType: "create_self_serve_policy",
      resourceType: "self_serve_policy",
      oldValue: null,
      newValue: '{"id":"p_c"}',
      status: "succeeded",
    });
    expect(line).toBe(
      '2026-11-24T09:30:00.000Z,Wingtip Toys,e7c732af-ab74-5116-9562-01bd82245177,Create Customer Purchase Permissions,admin@contoso-csp.example,succeeded,"New value: {""id"":""p_c""}"\r\n',
    );
  });
});
