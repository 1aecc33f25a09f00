/** The languages the product speaks, as BCP 47 tags; the first is the fallback. */
export const locales = ["en-US", "fr-FR"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en-US";

/** Each language named in itself, as a language menu shows it. */
export const languageNames: Record<Locale, string> = { "en-US": "English", "fr-FR": "Français" };

/**
 * The best of our languages for an Accept-Language header (RFC 9110): ranges by weight, an exact tag before
 * its bare language ("fr-CA" and "fr" both mean French), "*" and anything else we lack fall back to English.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranges = acceptLanguage
    .split(",")
    .map((part, order) => {
      const [tag, ...parameters] = part.trim().split(";");
      const q = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((range) => range.tag && range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const { tag } of ranges) {
    const exact = locales.find((locale) => locale.toLowerCase() === tag);
    if (exact) return exact;
    const sameLanguage = locales.find((locale) => locale.toLowerCase().split("-")[0] === tag.split("-")[0]);
    if (sameLanguage) return sameLanguage;
  }
  return defaultLocale;
}
