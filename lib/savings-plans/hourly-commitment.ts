import type { Locale } from "@/i18n/locales";
import { numberFormat } from "@/lib/intl-formats";

/** Azure's smallest step is 0.001 an hour; the largest we sell is 1,000 an hour (8.76 million a year). */
export const hourlyCommitmentLimits = { minMills: 1, maxMills: 1_000_000 } as const;

/**
 * 1,250 mills → "1.250" (French "1,250"), always three decimals as Azure shows a commitment. English by default: what
 * order lines and the API record does not change with anybody's language. Free of zod, for the forms in the browser.
 */
export function formatHourlyCommitment(mills: number, locale: Locale = "en-US"): string {
  // Thousandths up to a million: the division is exact to far below the third decimal, so rounding never moves it.
  return numberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(mills / 1000);
}
