// Any origin will do to resolve against: only whether the result stays on it matters.
const here = "http://partner-console.invalid";

/**
 * Where to go after signing in: a path on this site only. The value is resolved as a browser would resolve it
 * and must stay on the same origin; control characters are refused outright, because browsers drop tabs and
 * line breaks from URLs ("/\t/evil.example" is read as "//evil.example") and a line break cannot go in a header.
 */
export function safeCallbackUrl(value: unknown, fallback = "/customers"): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(value, here);
  } catch {
    return fallback;
  }
  if (resolved.origin !== here) return fallback;
  const path = resolved.pathname + resolved.search + resolved.hash;
  return path.startsWith("//") || resolved.pathname.startsWith("/signin") ? fallback : path;
}
