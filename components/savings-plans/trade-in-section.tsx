"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult, DescribedFailure } from "@/lib/i18n/describe";
import { formatMoney } from "@/lib/money";
import { newIdempotencyKey } from "@/lib/orders/new-idempotency-key";
import { decimalAsTyped, decimalFromTyped } from "@/lib/pricing/typed-decimal";
import type { ReservationTradeIn, TradeInQuote } from "@/lib/savings-plans/trade-in-reservation";

type Action<T> = (input: unknown) => Promise<ActionResult<T>>;

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

/** A refusal as the section shows it: what is wrong with each field when the server says so, else its message. */
function refusalText(refusal: DescribedFailure): string {
  return refusal.fieldErrors ? Object.values(refusal.fieldErrors).flat().join(" ") : refusal.message;
}

/**
 * Trade in all or part of a compute reservation for a savings plan: calculate (the credit, the commitment the
 * savings plan must cover, the order total), then confirm with the calculation's own idempotency key.
 */
export function TradeInSection({
  reservationId,
  quantity,
  currency,
  calculate,
  tradeIn,
}: {
  reservationId: string;
  quantity: number;
  currency: string;
  calculate: Action<TradeInQuote>;
  tradeIn: Action<ReservationTradeIn>;
}) {
  const t = useTranslations("savingsPlans");
  const locale = useLocale();
  const router = useRouter();
  const [returned, setReturned] = useState(String(quantity));
  const [hourlyCommitment, setHourlyCommitment] = useState(() => decimalAsTyped("1.000", locale));
  const [term, setTerm] = useState("P1Y");
  const [billingPlan, setBillingPlan] = useState("monthly");
  const [quote, setQuote] = useState<{ data: TradeInQuote; key: string } | null>(null);
  const money = (amountMinor: number) => formatMoney(amountMinor, quote?.data.currency ?? currency, locale);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const input = () => ({
    reservationId,
    // As typed: the server takes digits and nothing else.
    quantity: returned,
    savingsPlan: { hourlyCommitment: decimalFromTyped(hourlyCommitment, locale), term, billingPlan },
  });
  const changed = (set: (value: string) => void) => (value: string) => (set(value), setQuote(null), setMessage(null));

  function onCalculate(event: React.FormEvent) {
    event.preventDefault();
    setMessage(null);
    startTransition(async () => {
      const result = await calculate(input());
      if (!result.ok) return setMessage({ ok: false, text: refusalText(result) });
      setQuote({ data: result.data, key: newIdempotencyKey() });
    });
  }

  function onConfirm() {
    if (!quote) return;
    startTransition(async () => {
      const result = await tradeIn({ ...input(), idempotencyKey: quote.key });
      setQuote(null);
      if (!result.ok) return setMessage({ ok: false, text: refusalText(result) });
      setMessage({
        ok: true,
        text: t("tradeIn.done", { orderId: result.data.orderId, savingsPlanId: result.data.savingsPlanId }),
      });
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="trade-in-heading" className="mt-6 max-w-4xl rounded-sm border border-line p-5">
      <h2 id="trade-in-heading" className="text-lg font-semibold">
        {t("tradeIn.heading")}
      </h2>
      <p className="mt-1 text-muted">{t("tradeIn.intro")}</p>
      <form onSubmit={onCalculate} aria-label={t("tradeIn.formLabel")} className="mt-3 flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("tradeIn.quantity")}</span>
          <input
            type="number"
            min={1}
            max={quantity}
            value={returned}
            onChange={(e) => changed(setReturned)(e.target.value)}
            className={`${fieldClass} w-28`}
          />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("tradeIn.hourlyCommitment", { currency })}</span>
          <input
            value={hourlyCommitment}
            onChange={(e) => changed(setHourlyCommitment)(e.target.value)}
            inputMode="decimal"
            className={fieldClass}
          />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("tradeIn.term")}</span>
          <select value={term} onChange={(e) => changed(setTerm)(e.target.value)} className={fieldClass}>
            <option value="P1Y">{t("term.P1Y")}</option>
            <option value="P3Y">{t("term.P3Y")}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("tradeIn.billing")}</span>
          <select value={billingPlan} onChange={(e) => changed(setBillingPlan)(e.target.value)} className={fieldClass}>
            <option value="monthly">{t("billingPlan.monthly")}</option>
            <option value="upfront">{t("billingPlan.upfront")}</option>
          </select>
        </label>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("tradeIn.calculate")}
        </Button>
      </form>
      {quote && (
        <div role="region" aria-label={t("tradeIn.calculation")} className="mt-3 rounded-sm bg-nav p-4">
          <dl className="grid grid-cols-[16rem_1fr] gap-y-1">
            <dt className="text-muted">{t("tradeIn.credit")}</dt>
            <dd>{money(quote.data.creditMinor)}</dd>
            {quote.data.futurePaymentsCancelledMinor > 0 && (
              <>
                <dt className="text-muted">{t("tradeIn.futurePaymentsCancelled")}</dt>
                <dd>{money(quote.data.futurePaymentsCancelledMinor)}</dd>
              </>
            )}
            <dt className="text-muted">{t("tradeIn.stillCommitted")}</dt>
            <dd>{money(quote.data.remainingCommitmentMinor)}</dd>
            <dt className="text-muted">{t("tradeIn.newCommitment")}</dt>
            <dd>{money(quote.data.newCommitmentMinor)}</dd>
            <dt className="text-muted">{t("tradeIn.orderTotal")}</dt>
            <dd className="font-semibold">{money(quote.data.netMinor)}</dd>
          </dl>
          {quote.data.coversReturn ? (
            <Button type="button" className="mt-3" disabled={pending} onClick={onConfirm}>
              {t("tradeIn.confirm")}
            </Button>
          ) : (
            <p className="mt-2 text-danger">
              {t("tradeIn.mustCover", { amount: money(quote.data.remainingCommitmentMinor) })}
            </p>
          )}
        </div>
      )}
      {message && (
        <p role={message.ok ? "status" : "alert"} className={`mt-2 ${message.ok ? "text-success" : "text-danger"}`}>
          {message.text}
        </p>
      )}
    </section>
  );
}
