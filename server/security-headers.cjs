// Headers every response carries — pages, API answers, static files, and the server's own early refusals alike.
// The proxy adds the per-response CSP with its nonce and, over HTTPS, HSTS (lib/http/security-headers.ts).
// CommonJS, because next.config.js requires it and server/server.mjs imports it.
exports.securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()",
  },
];
