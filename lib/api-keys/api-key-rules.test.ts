import { describe, expect, it } from "vitest";
import { bearerToken, newApiKeySecret, parseApiKey, secretMatches } from "./api-key-secret";
import { apiKeyRateLimit, countRequest } from "./rate-limit";

describe("API key secrets", () => {
  it("are shown as key id and secret, stored only as a hash that the right secret alone matches", () => {
    const made = newApiKeySecret();
    expect(made.key).toMatch(/^pck_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(made.secretHash).not.toContain(made.key.slice(made.keyId.length + 1));
    const parsed = parseApiKey(made.key)!;
    expect(parsed.keyId).toBe(made.keyId);
    expect(secretMatches(parsed.secret, made.secretHash)).toBe(true);
    expect(
      secretMatches(
        parsed.secret.replace(/.$/, (c) => (c === "A" ? "B" : "A")),
        made.secretHash,
      ),
    ).toBe(false);
    expect(newApiKeySecret().key).not.toBe(made.key);
  });

  it("refuse anything not shaped like a key", () => {
    expect(parseApiKey("pck_123_abc")).toBeNull();
    expect(parseApiKey(`${newApiKeySecret().key} `)).toBeNull();
    expect(bearerToken(null)).toBeNull();
    expect(bearerToken("Bearer abc")).toBe("abc");
    expect(bearerToken("bearer   abc ")).toBe("abc");
    expect(bearerToken("Basic abc")).toBeUndefined();
    expect(bearerToken("Bearer a b")).toBeUndefined();
  });
});

describe("the rate limit", () => {
  const at = (ms: number) => new Date(Date.UTC(2026, 11, 1) + ms);

  it("lets the limit's requests through in a minute, refuses the next until the minute ends, then starts over", () => {
    let window = { windowStartedAt: null as Date | null, windowRequests: 0 };
    for (let n = 0; n < apiKeyRateLimit.requests; n++) {
      const decision = countRequest(window, at(n));
      if (!decision.allowed) throw new Error(`refused at ${n}`);
      window = decision.window;
    }
    expect(countRequest(window, at(30_000))).toEqual({ allowed: false, retryAt: at(60_000) });
    expect(countRequest(window, at(60_000))).toEqual({
      allowed: true,
      window: { windowStartedAt: at(60_000), windowRequests: 1 },
    });
  });
});
