/** Each API key may make this many requests a minute, as Partner Center throttles its API per application. */
export const apiKeyRateLimit = { requests: 300, windowMs: 60_000 } as const;

export type RateWindow = { windowStartedAt: Date | null; windowRequests: number };

export type RateDecision =
  { allowed: true; window: { windowStartedAt: Date; windowRequests: number } } | { allowed: false; retryAt: Date };

/**
 * One request against a key's fixed window: a window older than a minute starts over; a full one refuses until it
 * ends. Pure, so the rule is tested here and the database only stores the window.
 */
export function countRequest(window: RateWindow, now: Date, limit = apiKeyRateLimit): RateDecision {
  const started = window.windowStartedAt;
  // A clock stepped back keeps the window it is in: it must not open a fresh one.
  if (!started || now.getTime() - started.getTime() >= limit.windowMs) {
    return { allowed: true, window: { windowStartedAt: now, windowRequests: 1 } };
  }
  if (window.windowRequests >= limit.requests) {
    return { allowed: false, retryAt: new Date(started.getTime() + limit.windowMs) };
  }
  return { allowed: true, window: { windowStartedAt: started, windowRequests: window.windowRequests + 1 } };
}
