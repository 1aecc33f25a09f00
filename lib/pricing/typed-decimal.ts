import type { Locale } from "@/i18n/locales";

/**
 * A decimal in a form field, as its reader writes it: French uses a comma for the decimals ("2,5", "1,250") and
 * spaces between thousands. The server reads one spelling only, with a dot, so the API's never depends on anybody's
 * language; the form converts on the way in and out.
 */
export function decimalAsTyped(value: string | number, locale: Locale): string {
  const text = String(value);
  return locale === "fr-FR" ? text.replace(".", ",") : text;
}

/** What someone typed, spelled as the server reads it: "1 000,5" in French is "1000.5"; English stays as typed. */
export function decimalFromTyped(typed: string, locale: Locale): string {
  return locale === "fr-FR" ? typed.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".") : typed;
}
