import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money";
import type { MonthlyPayments } from "@/lib/pricing/customer-price";

/**
 * "12 monthly payments of $37.27 (the first 6: $37.28)": a schedule in the reader's words. A hook, for client
 * components and synchronous server components alike; reservations and savings plans share it.
 */
export function useDescribeMonthlyPayments(): (payments: MonthlyPayments, currency: string) => string {
  const t = useTranslations("pricing");
  const locale = useLocale();
  return (payments, currency) => {
    const regular = formatMoney(payments.regularMinor, currency, locale);
    if (payments.monthsWithExtraCent === 0) return t("monthlyPayments", { months: payments.months, regular });
    return t("monthlyPaymentsFirstHigher", {
      months: payments.months,
      regular,
      extra: payments.monthsWithExtraCent,
      higher: formatMoney(payments.regularMinor + 1, currency, locale),
    });
  };
}
