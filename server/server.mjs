// The production server: Next.js behind a plain Node HTTP server whose only job is to settle, before Next sees
// the request, which client and protocol it came from (server/forwarded-headers.mjs). PORT (default 3000) and
// HOSTNAME (default all interfaces) as with `next start`; TRUSTED_PROXIES for a TLS-terminating proxy.
import http from "node:http";
import path from "node:path";
import { settleForwardedHeaders, trustedProxies } from "./forwarded-headers.mjs";
import { answerDatabaseUnavailable, sendDatabaseUnavailable } from "./database-unavailable.mjs";
import { requestRefusal } from "./request-guards.mjs";
import { requestWatch } from "./request-watch.mjs";
import securityHeaderList from "./security-headers.cjs";

// As `next start` does, before Next and React are loaded: they pick their production builds from it.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");

const root = path.resolve(import.meta.dirname, "..");
// The app's own files (its migrations) are found here, whatever the working directory (db/app-dir.ts).
process.env.PARTNER_CONSOLE_APP_DIR = root;
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
const trusted = trustedProxies();

const app = next({ dev: false, dir: root, port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

/** Up to this much of a refused request's body is read and discarded, so that the client gets its answer. */
const drainLimitBytes = 8 * 1024 * 1024;

/** An answer made here rather than by Next.js carries the same security headers as any other response. */
function securityHeaders(request) {
  return {
    ...Object.fromEntries(securityHeaderList.securityHeaders.map(({ key, value }) => [key, value])),
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    ...(request.headers["x-forwarded-proto"] === "https" && {
      "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    }),
  };
}

const watch = requestWatch();

const server = http.createServer((request, response) => {
  settleForwardedHeaders(request.headers, request.socket, trusted);
  const refusal = requestRefusal(request.method, request.url, request.headers);
  if (refusal) {
    const { status, ...body } = refusal;
    const answer = () => {
      response.writeHead(status, {
        ...securityHeaders(request),
        "Content-Type": "application/json",
        Connection: "close",
      });
      response.end(JSON.stringify({ ok: false, ...body }));
    };
    // A client still sending its body when the answer comes sees its connection cut (EPIPE) instead of the
    // answer. A body of reasonable size is read to its end and thrown away, never kept, then answered; a larger
    // one is answered at once and the connection closed rather than drained.
    const declared = Number(request.headers["content-length"] ?? 0);
    if (declared > 0 && declared <= drainLimitBytes) {
      request.on("end", answer).resume();
    } else {
      answer();
    }
    return;
  }
  // A server that started before its database answers 503 until it has migrated it (instrumentation.ts).
  if (watch.waitingForDatabase && sendDatabaseUnavailable(request, response, securityHeaders(request))) return;
  const watched = { databaseUnavailable: false };
  answerDatabaseUnavailable(request, response, watched, securityHeaders(request));
  watch.requests.run(watched, () => handle(request, response));
});
server.listen(port, hostname, () => {
  const proxies = trusted.size ? `; trusting X-Forwarded-* from ${[...trusted].join(", ")}` : "";
  console.log(`Partner Console ready on http://${hostname ?? "localhost"}:${port}${proxies}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
