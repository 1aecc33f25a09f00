/** How long an event is retried after it was written (or after a Redeliver), and how long a failing webhook lasts. */
export const retryWindowMs = 24 * 60 * 60 * 1000;

/** The first retry's wait; each next one waits twice as long, up to `longestWaitMs`. */
const firstWaitMs = 10_000;
const longestWaitMs = 2 * 60 * 60 * 1000;

/** The wait after the attempt numbered `attempts` (1 for the first) failed: 10 s, 20 s, 40 s … at most 2 hours. */
export function retryWaitMs(attempts: number): number {
  return Math.min(firstWaitMs * 2 ** Math.max(0, attempts - 1), longestWaitMs);
}

export type AfterFailure = { status: "pending"; nextAttemptAt: Date } | { status: "failed" };

/**
 * What follows a failed attempt: another one, never later than the end of the retry window (so the last attempt is
 * made as the window closes), or, once the window has closed, giving up.
 */
export function afterFailure(attempts: number, now: Date, retryUntil: Date): AfterFailure {
  if (now >= retryUntil) return { status: "failed" };
  const next = Math.min(now.getTime() + retryWaitMs(attempts), retryUntil.getTime());
  return { status: "pending", nextAttemptAt: new Date(next) };
}

/** A receiver accepted an event when it answered 2xx; anything else (a redirect included) is a failure. */
export const isAccepted = (status: number) => status >= 200 && status < 300;

/** A webhook whose deliveries have failed, with none accepted, for a whole retry window is turned off. */
export const keepsFailing = (failingSince: Date | null, now: Date) =>
  failingSince !== null && now.getTime() - failingSince.getTime() >= retryWindowMs;
