import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";
import { safeCallbackUrl } from "./safe-callback-url";
import { parseSessionSubject, sessionSubject } from "./session-subject";

describe("passwords", () => {
  it("verifies the right password only", () => {
    const stored = hashPassword("partner-demo");
    expect(stored).not.toContain("partner-demo");
    expect(verifyPassword("partner-demo", stored)).toBe(true);
    expect(verifyPassword("partner-demo ", stored)).toBe(false);
    expect(verifyPassword("partner-demo", "plain-text")).toBe(false);
  });

  it("salts each hash", () => {
    expect(hashPassword("same")).not.toBe(hashPassword("same"));
  });
});

describe("safeCallbackUrl", () => {
  it.each([
    ["/customers/abc/account?x=1", "/customers/abc/account?x=1"],
    ["https://evil.example/", "/customers"],
    ["//evil.example", "/customers"],
    ["/\\evil.example", "/customers"],
    ["/signin", "/customers"],
    [undefined, "/customers"],
    // Browsers drop tabs and line breaks: "/\t/evil.example" would be read as "//evil.example".
    ["/\t/evil.example", "/customers"],
    ["/\n/x", "/customers"],
    ["/\r\n/x", "/customers"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["/\u0000x", "/customers"],
    ["/./\\evil.example", "/customers"],
    ["/../../evil.example", "/evil.example"],
    ["/customers/x/../y", "/customers/y"],
    ["/activity-log?action=create_order#top", "/activity-log?action=create_order#top"],
    ["http://partner-console.invalid/customers", "/customers"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});

describe("session subjects", () => {
  it("round-trip the kind of user and the id, and refuse anything else", () => {
    expect(parseSessionSubject(sessionSubject({ kind: "customer_user", id: 34 }))).toEqual({
      kind: "customer_user",
      id: 34,
    });
    expect(parseSessionSubject("partner_user:12")).toEqual({ kind: "partner_user", id: 12 });
    expect(parseSessionSubject("12")).toBeNull();
    expect(parseSessionSubject("admin:1")).toBeNull();
    expect(parseSessionSubject(undefined)).toBeNull();
  });
});
