import type { Locale } from "@/i18n/locales";
import { numberFormat } from "@/lib/intl-formats";

/**
 * Formats an amount held in minor units (cents) for people, in their language ("$1,100.40", "1 100,40 $US");
 * money is never a binary float in storage, and what is stored does not change with who reads it.
 */
export function formatMoney(amountMinor: number, currency: string, locale: Locale): string {
  const format = numberFormat(locale, { style: "currency", currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}
