// What the production server (server/server.mjs) and the app it serves share about the request in hand, in one
// process: the server runs each request in `requests`, the database layer notes there that the database could not be
// reached, and the server then answers 503 with the app's own words (`databaseUnavailableAnswer`, set on start by
// instrumentation.ts) instead of Next.js's 500; and while the app waits on start for a database it cannot reach yet
// (`waitingForDatabase`), it answers 503 rather than keep requests waiting. Kept on globalThis, because Next.js bundles its own copy of this module.
import { AsyncLocalStorage } from "node:async_hooks";

/** @typedef {{ databaseUnavailable: boolean }} WatchedRequest */
/** @typedef {{ status: number, headers: Record<string, string>, body: string }} Answer */
/**
 * @typedef {{
 *   requests: AsyncLocalStorage<WatchedRequest>,
 *   databaseUnavailableAnswer?: (url: string, acceptLanguage: string | undefined) => Answer,
 *   waitingForDatabase?: boolean,
 * }} RequestWatch
 */

const key = Symbol.for("partner-console.request-watch");

/** @returns {RequestWatch} */
export function requestWatch() {
  const shared = /** @type {{ [key]?: RequestWatch }} */ (globalThis);
  return (shared[key] ??= { requests: new AsyncLocalStorage() });
}
