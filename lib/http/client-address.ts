/**
 * The address a request came from. The server in front of Next.js (`server.mjs`) overwrites X-Forwarded-For
 * with the one address it trusts (the socket's, or what a declared trusted proxy says), so whatever a client
 * wrote there itself never reaches this point.
 */
export function clientAddressOf(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.split(",")[0]?.trim() || "unknown";
}
