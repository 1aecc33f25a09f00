// Which address and protocol a request really came from, decided once, in front of Next.js: Next keeps any
// X-Forwarded-* header a client sends, and the sign-in throttle (client address) and the session cookie's
// Secure flag (protocol) must not believe a client about itself.

/** The proxies the operator declared trusted: TRUSTED_PROXIES, a comma-separated list of IP addresses. */
export function trustedProxies(value = process.env.TRUSTED_PROXIES ?? "") {
  return new Set(
    value
      .split(",")
      .map((address) => normalizeAddress(address.trim()))
      .filter(Boolean),
  );
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are one client. */
export function normalizeAddress(address) {
  return (address ?? "").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
}

const listOf = (value) =>
  String(value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Rewrites the request's X-Forwarded-For / -Proto / -Host in place. From a trusted proxy, the client is the
 * nearest address in X-Forwarded-For that is not itself a trusted proxy, and the protocol is what the proxy
 * says; from anyone else, both are the connection's own and whatever the client wrote is dropped.
 */
export function settleForwardedHeaders(headers, socket, trusted) {
  const peer = normalizeAddress(socket.remoteAddress);
  let client = peer;
  let protocol = socket.encrypted ? "https" : "http";
  let host = headers.host;
  if (trusted.has(peer)) {
    for (const hop of listOf(headers["x-forwarded-for"]).reverse()) {
      client = normalizeAddress(hop);
      if (!trusted.has(client)) break;
    }
    const said = listOf(headers["x-forwarded-proto"])[0]?.toLowerCase();
    if (said === "https" || said === "http") protocol = said;
    host = listOf(headers["x-forwarded-host"])[0] ?? host;
  }
  headers["x-forwarded-for"] = client || "unknown";
  headers["x-forwarded-proto"] = protocol;
  if (host) headers["x-forwarded-host"] = host;
  else delete headers["x-forwarded-host"];
  delete headers["x-forwarded-port"];
  delete headers["forwarded"];
}
