import { createTranslator } from "next-intl";
import { negotiateLocale } from "@/i18n/locales";
import { catalogues } from "@/i18n/messages";
import { describeFailure, inEnglish } from "@/lib/i18n/describe";
import { fail } from "@/lib/result";

/** When a client that found the database unavailable should try again: a restart or failover takes seconds. */
export const databaseRetryAfterSeconds = 5;

/** For text and double-quoted attributes. */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/**
 * What the production server answers, instead of Next.js's error page, a request that found the database unreachable
 * (server/request-watch.mjs): the API's one error shape for /api/, and for a page a plain page in the browser's
 * language (a signed-in user's own choice is in the database it cannot read) with a link to the same address to try again. No script and
 * no style: nothing on it needs the app.
 */
export function databaseUnavailableAnswer(url: string, acceptLanguage: string | undefined) {
  const path = url.split("?")[0];
  const headers = { "Retry-After": String(databaseRetryAfterSeconds), "Cache-Control": "no-store" };
  if (path === "/api" || path.startsWith("/api/")) {
    return {
      status: 503,
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify(describeFailure(fail("database_unavailable"), inEnglish)),
    };
  }
  const locale = negotiateLocale(acceptLanguage);
  const t = createTranslator({ locale, messages: catalogues[locale] });
  const title = escapeHtml(t("databaseUnavailable.title"));
  return {
    status: 503,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Language": locale },
    body: `<!DOCTYPE html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<main>
<h1>${title}</h1>
<p>${escapeHtml(t("databaseUnavailable.explanation"))}</p>
<p><a href="${escapeHtml(url)}">${escapeHtml(t("databaseUnavailable.tryAgain"))}</a></p>
</main>
</body>
</html>
`,
  };
}
