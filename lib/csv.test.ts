import { describe, expect, it } from "vitest";
import { csvField, csvLine } from "./csv";

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

  it("ends each line with CRLF", () => {
    expect(csvLine(["a", null, "b,c"])).toBe('a,,"b,c"\r\n');
  });
});
