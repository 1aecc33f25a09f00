"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { QuantityField, Choice, fieldClass } from "@/components/manage/fields";
import { ManageSection } from "@/components/manage/manage-section";
import { Calculation, useQuoteThenConfirm } from "@/components/manage/quote-then-confirm";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/i18n/describe";
import { formatMoney } from "@/lib/money";
import { decimalAsTyped, decimalFromTyped } from "@/lib/pricing/typed-decimal";
import type { ReservationTradeIn, TradeInQuote } from "@/lib/savings-plans/trade-in-reservation";

type Action<T> = (input: unknown) => Promise<ActionResult<T>>;

/**
 * Trade in all or part of a compute reservation for a savings plan: calculate (the credit, the commitment the
 * savings plan must cover, the order total), then confirm with the calculation's own idempotency key.
 */
export function TradeInSection({
  reservationId,
  quantity,
  currency,
  calculateTradeIn,
  tradeIn,
}: {
  reservationId: string;
  quantity: number;
  currency: string;
  calculateTradeIn: Action<TradeInQuote>;
  tradeIn: Action<ReservationTradeIn>;
}) {
  const t = useTranslations("savingsPlans");
  const locale = useLocale();
  const [returned, setReturned] = useState(String(quantity));
  const [hourlyCommitment, setHourlyCommitment] = useState(() => decimalAsTyped("1.000", locale));
  const [term, setTerm] = useState("P1Y");
  const [billingPlan, setBillingPlan] = useState("monthly");
  const { quote, pending, feedback, changed, calculate, confirm } = useQuoteThenConfirm<TradeInQuote>();
  const money = (amountMinor: number) => formatMoney(amountMinor, quote?.currency ?? currency, locale);
  const input = () => ({
    reservationId,
    quantity: returned,
    savingsPlan: { hourlyCommitment: decimalFromTyped(hourlyCommitment, locale), term, billingPlan },
  });

  return (
    <ManageSection id="trade-in-heading" title={t("tradeIn.heading")} intro={t("tradeIn.intro")}>
      <form
        onSubmit={calculate(() => calculateTradeIn(input()))}
        aria-label={t("tradeIn.formLabel")}
        className="mt-3 flex flex-wrap items-end gap-3"
      >
        <QuantityField label={t("tradeIn.quantity")} max={quantity} value={returned} onChange={changed(setReturned)} />
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("tradeIn.hourlyCommitment", { currency })}</span>
          <input
            value={hourlyCommitment}
            onChange={(e) => changed(setHourlyCommitment)(e.target.value)}
            inputMode="decimal"
            className={fieldClass}
          />
        </label>
        <Choice
          label={t("tradeIn.term")}
          value={term}
          options={(["P1Y", "P3Y"] as const).map((id) => ({ id, name: t(`term.${id}`) }))}
          onChange={changed(setTerm)}
        />
        <Choice
          label={t("tradeIn.billing")}
          value={billingPlan}
          options={(["monthly", "upfront"] as const).map((id) => ({ id, name: t(`billingPlan.${id}`) }))}
          onChange={changed(setBillingPlan)}
        />
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("tradeIn.calculate")}
        </Button>
      </form>
      {quote && (
        <Calculation
          label={t("tradeIn.calculation")}
          figures={[
            { name: t("tradeIn.credit"), amount: money(quote.creditMinor) },
            quote.futurePaymentsCancelledMinor > 0 && {
              name: t("tradeIn.futurePaymentsCancelled"),
              amount: money(quote.futurePaymentsCancelledMinor),
            },
            { name: t("tradeIn.stillCommitted"), amount: money(quote.remainingCommitmentMinor) },
            { name: t("tradeIn.newCommitment"), amount: money(quote.newCommitmentMinor) },
            { name: t("tradeIn.orderTotal"), amount: money(quote.netMinor), bold: true },
          ]}
          warning={!quote.coversReturn && t("tradeIn.mustCover", { amount: money(quote.remainingCommitmentMinor) })}
          confirmLabel={quote.coversReturn ? t("tradeIn.confirm") : null}
          onConfirm={confirm(
            (idempotencyKey) => tradeIn({ ...input(), idempotencyKey }),
            (done) => t("tradeIn.done", { orderId: done.orderId, savingsPlanId: done.savingsPlanId }),
          )}
          pending={pending}
        />
      )}
      {feedback}
    </ManageSection>
  );
}
