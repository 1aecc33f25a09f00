/** Formats an amount held in minor units (cents) for people; money is never a binary float in storage. */
export function formatMoney(amountMinor: number, currency: string, locale = "en-US"): string {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}
