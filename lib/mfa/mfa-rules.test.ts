import { describe, expect, it } from "vitest";
import { hasRecentMfa, isSignedIn, mayChangeSecurityInfo, recentMfaMs } from "./mfa-rules";

const now = new Date("2026-11-25T09:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const partnerUser = { kind: "partner_user", id: 1 } as const;
const customerUser = { kind: "customer_user", id: 1 } as const;
const noMfa = { mfaMethod: null, mfaAt: null };
const mfaAgo = (ms: number) => ({ mfaMethod: "authenticator_app" as const, mfaAt: ago(ms) });

describe("isSignedIn", () => {
  it("asks every partner user for the second factor: a session without it is half signed in", () => {
    expect(isSignedIn(partnerUser, noMfa)).toBe(false);
    expect(isSignedIn(partnerUser, mfaAgo(0))).toBe(true);
    // However long ago: the session's own lifetime ends it, not the age of its MFA.
    expect(isSignedIn(partnerUser, mfaAgo(7 * 60 * 60 * 1000))).toBe(true);
  });

  it("lets a customer user in on the password (sign-in itself asks those who turned MFA on)", () => {
    expect(isSignedIn(customerUser, noMfa)).toBe(true);
    expect(isSignedIn(customerUser, mfaAgo(0))).toBe(true);
  });
});

describe("hasRecentMfa", () => {
  it("holds for 15 minutes after the second factor, not a millisecond more", () => {
    expect(recentMfaMs).toBe(15 * 60 * 1000);
    expect(hasRecentMfa(mfaAgo(0), now)).toBe(true);
    expect(hasRecentMfa(mfaAgo(recentMfaMs - 1), now)).toBe(true);
    expect(hasRecentMfa(mfaAgo(recentMfaMs), now)).toBe(false);
    expect(hasRecentMfa(mfaAgo(recentMfaMs + 1), now)).toBe(false);
  });

  it("never holds for a session that showed no second factor", () => {
    expect(hasRecentMfa(noMfa, now)).toBe(false);
  });
});

describe("mayChangeSecurityInfo", () => {
  it("lets a user without a method set up their first one, MFA or not: that is the MFA step itself", () => {
    expect(mayChangeSecurityInfo(false, noMfa, now)).toBe(true);
    expect(mayChangeSecurityInfo(false, mfaAgo(recentMfaMs), now)).toBe(true);
  });

  it("asks a user with a method for a recent MFA", () => {
    expect(mayChangeSecurityInfo(true, mfaAgo(recentMfaMs - 1), now)).toBe(true);
    expect(mayChangeSecurityInfo(true, mfaAgo(recentMfaMs), now)).toBe(false);
    expect(mayChangeSecurityInfo(true, noMfa, now)).toBe(false);
  });
});
