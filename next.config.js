const createNextIntlPlugin = require("next-intl/plugin");
const { securityHeaders } = require("./server/security-headers.cjs");

// Languages without locale URLs: i18n/request.ts picks each request's language (docs/decisions/020-languages.md).
// The catalogues are compiled at build time, so neither the browser nor the server parses ICU messages
// (docs/decisions/021-speed.md).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Files the proxy does not run for get a policy too: nothing of theirs may frame, run or embed.
      {
        source: "/_next/static/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      {
        // The app's icons (public/): an SVG could hold a script, which this policy never lets run.
        source: "/:icon(favicon.ico|icon.svg|apple-touch-icon.png)",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
