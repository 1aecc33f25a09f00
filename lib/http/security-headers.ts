/**
 * The Content-Security-Policy of every response the proxy answers: scripts only with this response's nonce (and
 * what they load, 'strict-dynamic'), nothing framed, no plugins, no <base>, forms only to this site.
 */
export function contentSecurityPolicy(nonce: string, overHttps: boolean, development = false): string {
  return [
    "default-src 'self'",
    // Next's dev server evaluates code for hot reloading; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(overHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Browsers remember for two years to come back over HTTPS only; sent only over HTTPS, where it means something. */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";

/** A fresh, unguessable nonce for each response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
}
