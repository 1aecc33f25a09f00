import { describe, expect, it } from "vitest";
import { afterFailure, isAccepted, keepsFailing, retryWaitMs, retryWindowMs } from "./delivery-rules";

const at = (ms: number) => new Date(Date.UTC(2026, 11, 4) + ms);

describe("retrying a failed delivery", () => {
  it("waits twice as long after each failure, from 10 seconds up to 2 hours", () => {
    expect([1, 2, 3, 4, 5].map(retryWaitMs)).toEqual([10_000, 20_000, 40_000, 80_000, 160_000]);
    expect(retryWaitMs(10)).toBe(5_120_000);
    expect(retryWaitMs(11)).toBe(7_200_000);
    expect(retryWaitMs(40)).toBe(7_200_000);
  });

  it("keeps trying for a day, the last attempt as the day ends, then gives up", () => {
    const until = at(retryWindowMs);
    expect(afterFailure(1, at(0), until)).toEqual({ status: "pending", nextAttemptAt: at(10_000) });
    expect(afterFailure(20, at(retryWindowMs - 1000), until)).toEqual({ status: "pending", nextAttemptAt: until });
    expect(afterFailure(21, until, until)).toEqual({ status: "failed" });
  });

  it("retries about twenty times over the day", () => {
    const until = at(retryWindowMs);
    let now = at(0);
    let attempts = 1;
    for (
      let next = afterFailure(attempts, now, until);
      next.status === "pending";
      next = afterFailure(attempts, now, until)
    ) {
      now = next.nextAttemptAt;
      attempts += 1;
    }
    expect(attempts).toBeGreaterThan(15);
    expect(attempts).toBeLessThan(30);
  });

  it("counts only a 2xx as accepted: a redirect is a failure, never followed", () => {
    expect([200, 204, 299].map(isAccepted)).toEqual([true, true, true]);
    expect([199, 301, 302, 400, 500].map(isAccepted)).toEqual([false, false, false, false, false]);
  });

  it("turns a webhook off once its deliveries have failed for a whole day", () => {
    expect(keepsFailing(null, at(retryWindowMs * 2))).toBe(false);
    expect(keepsFailing(at(0), at(retryWindowMs - 1))).toBe(false);
    expect(keepsFailing(at(0), at(retryWindowMs))).toBe(true);
  });
});
