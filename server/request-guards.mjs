// Refusals the server answers before Next.js sees a request, because Next would answer them with a bare 500
// (a path it cannot decode, a server-action body over its limit) or read the whole body first (an endless one).

/** The largest body any request may carry; route handlers cap their own lower (lib/http/api-route.ts). */
export const maxBodyBytes = 1_000_000;

const bodyMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * What is wrong with a request's line and headers, as `{ status, error, message }` in the app's error shape, or
 * null when Next.js may have it.
 */
export function requestRefusal(method, url, headers) {
  const path = (url ?? "/").split("?")[0];
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, error: "invalid_input", message: "The address is not valid: it has a malformed %-escape." };
  }
  if (!bodyMethods.has(method)) return null;
  const declared = headers["content-length"];
  if (declared === undefined) {
    // A body of unknown length (chunked) could be endless; browsers and HTTP clients all say how long theirs is.
    return headers["transfer-encoding"]
      ? { status: 411, error: "length_required", message: "Say how long the request body is (Content-Length)." }
      : null;
  }
  if (!/^\d+$/.test(declared)) {
    return { status: 400, error: "invalid_input", message: "The Content-Length header is not a number." };
  }
  return Number(declared) > maxBodyBytes
    ? {
        status: 413,
        error: "payload_too_large",
        message: `The request body is too large: at most ${maxBodyBytes.toLocaleString("en-US")} bytes.`,
      }
    : null;
}
