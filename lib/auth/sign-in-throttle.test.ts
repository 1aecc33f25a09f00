import { describe, expect, it } from "vitest";
import {
  countFailure,
  countSuccess,
  lockedUntil,
  lockoutDuration,
  noFailures,
  signInLimits,
  type ThrottleState,
} from "./sign-in-throttle";

const start = new Date("2026-11-25T09:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);

function fail(
  times: number,
  state: ThrottleState = noFailures,
  from = 0,
  threshold: number = signInLimits.accountFailures,
) {
  let lockedNow = false;
  for (let i = 0; i < times; i++) ({ state, lockedNow } = countFailure(state, threshold, at(from + i * 1000)));
  return { state, lockedNow };
}

describe("sign-in throttling", () => {
  it("counts failures and locks at the 10th, for a minute", () => {
    expect(fail(9).state).toMatchObject({ failures: 9, lockedUntil: null });
    const { state, lockedNow } = fail(10);
    expect(lockedNow).toBe(true);
    expect(state).toMatchObject({ failures: 0, lockouts: 1, lockedUntil: at(9_000 + 60_000) });
    expect(lockedUntil(state, at(9_000 + 59_999))).toEqual(at(69_000));
    expect(lockedUntil(state, at(9_000 + 60_000))).toBeNull();
  });

  it("makes each further lockout in a row last twice as long, up to 30 minutes", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(lockoutDuration)).toEqual(
      [1, 2, 4, 8, 16, 30, 30].map((minutes) => minutes * 60_000),
    );
    const first = fail(10).state;
    const second = fail(10, first, 120_000).state;
    expect(second.lockouts).toBe(2);
    expect(second.lockedUntil!.getTime() - second.lastLockedAt!.getTime()).toBe(2 * 60_000);
  });

  it("forgets failures older than the window, and lockouts after a day without one", () => {
    const nine = fail(9).state;
    expect(countFailure(nine, 10, at(signInLimits.failureWindowMs + 10_000)).state.failures).toBe(1);
    const locked = fail(10).state;
    const dayLater = fail(10, locked, signInLimits.lockoutMemoryMs + 60_000).state;
    expect(dayLater.lockouts).toBe(1);
  });

  it("gives a client address a higher threshold", () => {
    expect(fail(99, noFailures, 0, signInLimits.addressFailures).lockedNow).toBe(false);
    expect(fail(100, noFailures, 0, signInLimits.addressFailures).lockedNow).toBe(true);
  });

  it("starts an account over on a success, lockouts in a row and the lock its own count set included", () => {
    const lockedByTenth = fail(10, fail(10).state, 120_000).state;
    expect(lockedByTenth.lockouts).toBe(2);
    const signedIn = countSuccess(lockedByTenth, "account");
    expect(lockedUntil(signedIn, at(130_000))).toBeNull();
    expect(fail(9, signedIn, 140_000).state).toMatchObject({ failures: 9, lockedUntil: null });
    const next = fail(10, signedIn, 140_000).state;
    expect(next.lockouts).toBe(1);
    expect(next.lockedUntil!.getTime() - next.lastLockedAt!.getTime()).toBe(60_000);
  });

  it("takes back only a success's own count from a client address, keeping its other failures and its lock", () => {
    const threshold = signInLimits.addressFailures;
    const withSuccess = countSuccess(fail(99, noFailures, 0, threshold).state, "address");
    expect(withSuccess.failures).toBe(98);
    expect(countFailure(withSuccess, threshold, at(100_000)).lockedNow).toBe(false);
    expect(fail(2, withSuccess, 100_000, threshold).lockedNow).toBe(true);
    const locked = fail(100, noFailures, 0, threshold).state;
    expect(countSuccess(locked, "address")).toEqual(locked);
  });
});
