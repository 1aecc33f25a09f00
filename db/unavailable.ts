import { requestWatch } from "../server/request-watch.mjs";

/**
 * Whether an error means the database could not be reached (stopped, restarting, unreachable, out of connections)
 * rather than that a query was wrong: the one case where the right answer is 503 and "try again shortly".
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = (e as { cause?: unknown }).cause) {
    const { code } = e as { code?: unknown };
    if (typeof code === "string") {
      // Node's socket errors, and PostgreSQL's connection exceptions (08…), shutdowns (57P01–57P03), too many clients.
      if (["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "EPIPE"].includes(code)) return true;
      if (/^08|^57P0[123]$|^53300$/.test(code)) return true;
    }
    if (
      /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
        e.message,
      )
    ) {
      return true;
    }
  }
  return false;
}

/** Notes, for the request being served if any, that `error` means the database could not be reached. */
export function noteIfDatabaseUnavailable(error: unknown): void {
  if (!isDatabaseUnavailable(error)) return;
  const request = requestWatch().requests.getStore();
  if (request) request.databaseUnavailable = true;
}

/** The driver's own words at the bottom of an error's causes (not the query and its parameters Drizzle wraps it in). */
export function rootCause(error: unknown): string {
  let e = error as Error;
  while (e.cause instanceof Error) e = e.cause;
  return e.message;
}
