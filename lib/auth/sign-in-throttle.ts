/**
 * The rules of sign-in throttling, modelled on Entra ID smart lockout: after 10 failed attempts an account is
 * locked for a minute, each further lockout in a row lasting twice as long (up to 30 minutes), and while it is
 * locked even the right password is refused. Failures are also counted per client address, with a higher
 * threshold, against one address guessing across many accounts. Pure functions: the state lives in the database.
 */
export const signInLimits = {
  accountFailures: 10,
  addressFailures: 100,
  /** Failures older than this no longer count: a few typos a week never add up to a lockout. */
  failureWindowMs: 15 * 60 * 1000,
  firstLockoutMs: 60 * 1000,
  longestLockoutMs: 30 * 60 * 1000,
  /** A day without a lockout and the next one is a first one again. */
  lockoutMemoryMs: 24 * 60 * 60 * 1000,
} as const;

export type ThrottleState = {
  failures: number;
  firstFailureAt: Date | null;
  lockouts: number;
  lockedUntil: Date | null;
  lastLockedAt: Date | null;
};

export const noFailures: ThrottleState = {
  failures: 0,
  firstFailureAt: null,
  lockouts: 0,
  lockedUntil: null,
  lastLockedAt: null,
};

/** Until when the state refuses every attempt, or null when it does not. */
export function lockedUntil(state: ThrottleState, now: Date): Date | null {
  return state.lockedUntil && state.lockedUntil > now ? state.lockedUntil : null;
}

/** How long the n-th lockout in a row lasts: a minute, then twice as long each time, at most 30 minutes. */
export function lockoutDuration(lockoutNumber: number): number {
  const doubled = signInLimits.firstLockoutMs * 2 ** Math.max(0, lockoutNumber - 1);
  return Math.min(doubled, signInLimits.longestLockoutMs);
}

/** One more failed attempt: the count goes up, and at the threshold the state locks and the count starts again. */
export function countFailure(
  state: ThrottleState,
  threshold: number,
  now: Date,
): { state: ThrottleState; lockedNow: boolean } {
  const windowOver =
    !state.firstFailureAt || now.getTime() - state.firstFailureAt.getTime() >= signInLimits.failureWindowMs;
  const failures = (windowOver ? 0 : state.failures) + 1;
  const firstFailureAt = windowOver ? now : state.firstFailureAt;
  const rememberedLockouts =
    state.lastLockedAt && now.getTime() - state.lastLockedAt.getTime() < signInLimits.lockoutMemoryMs
      ? state.lockouts
      : 0;
  if (failures < threshold) {
    return { state: { ...state, failures, firstFailureAt, lockouts: rememberedLockouts }, lockedNow: false };
  }
  const lockouts = rememberedLockouts + 1;
  return {
    state: {
      failures: 0,
      firstFailureAt: null,
      lockouts,
      lockedUntil: new Date(now.getTime() + lockoutDuration(lockouts)),
      lastLockedAt: now,
    },
    lockedNow: true,
  };
}

/**
 * A success takes back its own up-front failure. The account starts over altogether: its lockouts in a row, and a
 * lock its own count set (a success by the 10th attempt is no reason to lock). The client address keeps every other
 * failure and any lock, so that one valid account cannot wipe the trace of an address guessing at many.
 */
export function countSuccess(state: ThrottleState, of: "account" | "address"): ThrottleState {
  return of === "account" ? noFailures : { ...state, failures: Math.max(0, state.failures - 1) };
}

/** The time left before a lock ends, in whole minutes as people say it: "in about 3 minutes", never "in 0". */
export function minutesUntil(end: Date, now: Date): number {
  return Math.max(1, Math.ceil((end.getTime() - now.getTime()) / 60_000));
}
