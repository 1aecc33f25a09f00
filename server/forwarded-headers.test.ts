import { describe, expect, it } from "vitest";
import { settleForwardedHeaders, trustedProxies } from "./forwarded-headers.mjs";

function settle(headers: Record<string, string>, remoteAddress: string, trusted = "", encrypted = false) {
  const copy: Record<string, string | undefined> = { host: "console.example", ...headers };
  settleForwardedHeaders(copy, { remoteAddress, encrypted }, trustedProxies(trusted));
  return copy;
}

describe("settleForwardedHeaders", () => {
  it("ignores what a client says about itself when no proxy is trusted", () => {
    const headers = settle(
      { "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" },
      "198.51.100.7",
    );
    expect(headers).toMatchObject({
      "x-forwarded-for": "198.51.100.7",
      "x-forwarded-proto": "http",
      "x-forwarded-host": "console.example",
    });
  });

  it("ignores it from an untrusted peer even when some proxy is trusted", () => {
    expect(
      settle({ "x-forwarded-proto": "https", "x-forwarded-for": "1.2.3.4" }, "198.51.100.7", "10.0.0.2"),
    ).toMatchObject({ "x-forwarded-for": "198.51.100.7", "x-forwarded-proto": "http" });
  });

  it("believes a declared TLS-terminating proxy: the client's address and HTTPS", () => {
    const headers = settle(
      {
        "x-forwarded-for": "203.0.113.9, 10.0.0.3",
        "x-forwarded-proto": "https",
        "x-forwarded-host": "partner.example",
      },
      "::ffff:10.0.0.2",
      "10.0.0.2, 10.0.0.3",
    );
    expect(headers).toMatchObject({
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "partner.example",
    });
  });

  it("takes the nearest untrusted hop, so a client cannot prepend a fake address", () => {
    expect(settle({ "x-forwarded-for": "1.1.1.1, 203.0.113.9" }, "10.0.0.2", "10.0.0.2")["x-forwarded-for"]).toBe(
      "203.0.113.9",
    );
  });

  it("says https for a TLS connection of its own", () => {
    expect(settle({}, "198.51.100.7", "", true)["x-forwarded-proto"]).toBe("https");
  });
});
