import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import {
  asAuthenticatorCode,
  authenticatorAppSettings,
  authenticatorAppUri,
  authenticatorCodeAt,
  newAuthenticatorKey,
  timeStepAt,
  timeStepOfCode,
} from "./authenticator-app";

// RFC 6238 appendix B: the SHA-1 test key is the ASCII of "12345678901234567890".
const rfcKey = Secret.fromLatin1("12345678901234567890").base32;

describe("authenticator app codes", () => {
  it("are RFC 6238's: SHA-1, 30-second steps, the last 6 digits of the test vector at 59 s", () => {
    expect(rfcKey).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    const eightDigits = new TOTP({ ...authenticatorAppSettings, digits: 8, secret: Secret.fromBase32(rfcKey) });
    expect(eightDigits.generate({ timestamp: 59_000 })).toBe("94287082");
    expect(authenticatorCodeAt(rfcKey, new Date(59_000))).toBe("287082");
    expect(timeStepOfCode(rfcKey, "287082", new Date(59_000))).toBe(1);
    // The appendix's other SHA-1 times, to the same 6 digits.
    expect(authenticatorCodeAt(rfcKey, new Date(1111111109_000))).toBe("081804");
    expect(authenticatorCodeAt(rfcKey, new Date(1234567890_000))).toBe("005924");
  });

  describe("are accepted one step either side of now", () => {
    const key = "PARTNERCONSOLEDEMOKEY234567ABCDE";
    // Mid-step, so that a shift of whole steps lands mid-step too.
    const now = new Date("2026-11-25T09:00:15Z");
    const step = timeStepAt(now);
    const codeSteps = (shift: number) => authenticatorCodeAt(key, new Date(now.getTime() + shift * 30_000));

    it("the step before, now's and the next, each answered with its own step", () => {
      expect(timeStepOfCode(key, codeSteps(-1), now)).toBe(step - 1);
      expect(timeStepOfCode(key, codeSteps(0), now)).toBe(step);
      expect(timeStepOfCode(key, codeSteps(1), now)).toBe(step + 1);
    });

    it("not two steps away, either side", () => {
      for (const shift of [-2, 2]) {
        // A different code, not one that happens to be in the window too.
        expect([-1, 0, 1].map(codeSteps)).not.toContain(codeSteps(shift));
        expect(timeStepOfCode(key, codeSteps(shift), now)).toBeNull();
      }
    });

    it("at the edges of a step: its first and last moments see the same window", () => {
      const first = new Date(step * 30_000);
      const last = new Date(step * 30_000 + 29_999);
      for (const at of [first, last]) {
        expect(timeStepOfCode(key, codeSteps(1), at)).toBe(step + 1);
        expect(timeStepOfCode(key, codeSteps(2), at)).toBeNull();
      }
    });

    it("not another key's code", () => {
      expect(timeStepOfCode(rfcKey, codeSteps(0), now)).toBeNull();
    });
  });
});

describe("asAuthenticatorCode", () => {
  it("takes six digits, with the spaces apps show between them", () => {
    expect(asAuthenticatorCode("123456")).toBe("123456");
    expect(asAuthenticatorCode("123 456")).toBe("123456");
    expect(asAuthenticatorCode(" 12 34 56 ")).toBe("123456");
  });

  it("refuses anything else: fewer or more digits, letters, a recovery code", () => {
    for (const typed of ["12345", "1234567", "12a456", "", "      ", "abcde-fghjk", "123-456"]) {
      expect(asAuthenticatorCode(typed)).toBeNull();
    }
  });
});

describe("a new authenticator key", () => {
  it("is 160 random bits in base32, each one new", () => {
    const key = newAuthenticatorKey();
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    expect(newAuthenticatorKey()).not.toBe(key);
  });

  it("goes to the app with the settings every app reads, under the product's name and the user's", () => {
    const uri = new URL(authenticatorAppUri(rfcKey, "admin@contoso-csp.example"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/Partner Console:admin@contoso-csp.example");
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      issuer: "Partner Console",
      secret: rfcKey,
      algorithm: "SHA1",
      digits: "6",
      period: "30",
    });
  });
});
