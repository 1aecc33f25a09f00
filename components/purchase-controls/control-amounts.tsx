import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money";
import type { PurchaseControlValues } from "@/lib/purchase-controls/purchase-control-rules";

/** An amount of the controls in the reader's words: money, or "No limit" for none. */
export function useControlAmount(currency: string): (amountMinor: number | null) => string {
  const t = useTranslations("purchaseControls.form");
  const locale = useLocale();
  return (amountMinor) => (amountMinor === null ? t("noLimit") : formatMoney(amountMinor, currency, locale));
}

/** The two amounts, read-only: for those who may not change them. */
export function ControlAmounts({ values, currency }: { values: PurchaseControlValues; currency: string }) {
  const t = useTranslations("purchaseControls.form");
  const amount = useControlAmount(currency);
  return (
    <dl className="mt-3 grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
      <dt className="font-semibold">{t("monthlyLimit", { currency })}</dt>
      <dd>{amount(values.monthlyLimitMinor)}</dd>
      <dt className="font-semibold">{t("approvalAbove", { currency })}</dt>
      <dd>{amount(values.approvalAboveMinor)}</dd>
    </dl>
  );
}
