import { describe, expect, it } from "vitest";
import { authOptions } from "./auth-options";
import { isUsableCallbackUrl, unusableCallbackCookies, unusableCallbackQuery } from "./next-auth-request";

const base = "http://localhost:3000";

describe("return addresses next-auth would answer with a 500", () => {
  it("are told apart from usable ones as next-auth tells them", () => {
    for (const usable of ["/customers", "http://localhost:3000/x", "https://evil.example/"]) {
      expect(isUsableCallbackUrl(usable, base), usable).toBe(true);
    }
    for (const unusable of ["javascript:alert(1)", "x", "http://[", "::"]) {
      expect(isUsableCallbackUrl(unusable, base), unusable).toBe(false);
    }
  });

  it("are found in the query and in next-auth's cookie, over HTTP and HTTPS", () => {
    expect(unusableCallbackQuery(new URL(`${base}/api/auth/session?callbackUrl=javascript:1`))).toBe(true);
    expect(unusableCallbackQuery(new URL(`${base}/api/auth/session?callbackUrl=%2Fcustomers`))).toBe(false);
    expect(unusableCallbackQuery(new URL(`${base}/api/auth/session`))).toBe(false);
    const cookies = [
      { name: "next-auth.callback-url", value: "x:y" },
      { name: "__Secure-next-auth.callback-url", value: "http://[" },
      { name: "next-auth.session-token", value: "x:y" },
      { name: "__Secure-next-auth.callback-url", value: "http://localhost:3000/customers" },
    ];
    expect(unusableCallbackCookies(cookies, base)).toEqual([
      "next-auth.callback-url",
      "__Secure-next-auth.callback-url",
    ]);
  });
});

describe("next-auth's redirect callback", () => {
  const redirect = (url: string) => authOptions.callbacks!.redirect!({ url, baseUrl: base }) as string;

  it("keeps return addresses on this site, and falls back to it for anything it cannot read", () => {
    expect(redirect("/customers")).toBe(`${base}/customers`);
    expect(redirect("https://evil.example/")).toBe(base);
    expect(redirect("/\t/evil.example")).toBe(base);
    expect(redirect("http://[")).toBe(base);
  });
});
