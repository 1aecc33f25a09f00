import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money";
import type { MonthlyPayments } from "@/lib/pricing/customer-price";

/**
 * Puts a monthly schedule into words, "12 monthly payments of $37.28 (the first 6: $37.29)", in the reader's
 * language (client components and sync server components).
 */
export function useMonthlyPaymentsWords() {
  const t = useTranslations("reservations");
  const locale = useLocale();
  return (payments: MonthlyPayments, currency: string) =>
    t("monthlyPayments", {
      months: payments.months,
      regular: formatMoney(payments.regularMinor, currency, locale),
      extra: payments.monthsWithExtraCent,
      higher: formatMoney(payments.regularMinor + 1, currency, locale),
    });
}
