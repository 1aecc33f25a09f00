"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/lib/money";
import { newIdempotencyKey } from "@/lib/orders/new-idempotency-key";
import type { Result } from "@/lib/result";
import type { ReservationTradeIn, TradeInQuote } from "@/lib/savings-plans/trade-in-reservation";

type Action<T> = (input: unknown) => Promise<Result<T>>;

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

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
  const router = useRouter();
  const [returned, setReturned] = useState(String(quantity));
  const [hourlyCommitment, setHourlyCommitment] = useState("1.000");
  const [term, setTerm] = useState("P1Y");
  const [billingPlan, setBillingPlan] = useState("monthly");
  const [quote, setQuote] = useState<{ data: TradeInQuote; key: string } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const input = () => ({
    reservationId,
    quantity: Number(returned),
    savingsPlan: { hourlyCommitment, term, billingPlan },
  });
  const changed = (set: (value: string) => void) => (value: string) => (set(value), setQuote(null), setMessage(null));

  function onCalculate(event: React.FormEvent) {
    event.preventDefault();
    setMessage(null);
    startTransition(async () => {
      const result = await calculate(input());
      if (!result.ok) return setMessage({ ok: false, text: result.message });
      setQuote({ data: result.data, key: newIdempotencyKey() });
    });
  }

  function onConfirm() {
    if (!quote) return;
    startTransition(async () => {
      const result = await tradeIn({ ...input(), idempotencyKey: quote.key });
      setQuote(null);
      if (!result.ok) return setMessage({ ok: false, text: result.message });
      setMessage({
        ok: true,
        text: `Traded in. Order ${result.data.orderId}, savings plan ${result.data.savingsPlanId}.`,
      });
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="trade-in-heading" className="mt-6 max-w-4xl rounded-sm border border-line p-5">
      <h2 id="trade-in-heading" className="text-lg font-semibold">
        Trade in for a savings plan
      </h2>
      <p className="mt-1 text-muted">
        A compute reservation can be traded in for an Azure savings plan: its remaining value is credited, the savings
        plan&apos;s commitment must cover what is still committed on it, and its term starts now. No refund limit is
        used. A savings plan can never be traded back.
      </p>
      <form onSubmit={onCalculate} aria-label="Trade in" className="mt-3 flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Quantity to trade in</span>
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
          <span className="font-semibold">Hourly commitment ({currency} an hour)</span>
          <input
            value={hourlyCommitment}
            onChange={(e) => changed(setHourlyCommitment)(e.target.value)}
            inputMode="decimal"
            className={fieldClass}
          />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Savings plan term</span>
          <select value={term} onChange={(e) => changed(setTerm)(e.target.value)} className={fieldClass}>
            <option value="P1Y">1 year</option>
            <option value="P3Y">3 years</option>
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Savings plan billing</span>
          <select value={billingPlan} onChange={(e) => changed(setBillingPlan)(e.target.value)} className={fieldClass}>
            <option value="monthly">Monthly</option>
            <option value="upfront">Upfront</option>
          </select>
        </label>
        <Button type="submit" variant="secondary" disabled={pending}>
          Calculate trade-in
        </Button>
      </form>
      {quote && (
        <div role="region" aria-label="Trade-in calculation" className="mt-3 rounded-sm bg-nav p-4">
          <dl className="grid grid-cols-[16rem_1fr] gap-y-1">
            <dt className="text-muted">Credit for what is traded in</dt>
            <dd>{formatMoney(quote.data.creditMinor, quote.data.currency)}</dd>
            {quote.data.futurePaymentsCancelledMinor > 0 && (
              <>
                <dt className="text-muted">Monthly payments not yet due, cancelled</dt>
                <dd>{formatMoney(quote.data.futurePaymentsCancelledMinor, quote.data.currency)}</dd>
              </>
            )}
            <dt className="text-muted">Still committed on it</dt>
            <dd>{formatMoney(quote.data.remainingCommitmentMinor, quote.data.currency)}</dd>
            <dt className="text-muted">Savings plan commitment</dt>
            <dd>{formatMoney(quote.data.newCommitmentMinor, quote.data.currency)}</dd>
            <dt className="text-muted">Trade-in order total</dt>
            <dd className="font-semibold">{formatMoney(quote.data.netMinor, quote.data.currency)}</dd>
          </dl>
          {quote.data.coversReturn ? (
            <Button type="button" className="mt-3" disabled={pending} onClick={onConfirm}>
              Confirm trade-in
            </Button>
          ) : (
            <p className="mt-2 text-danger">
              The savings plan must commit at least{" "}
              {formatMoney(quote.data.remainingCommitmentMinor, quote.data.currency)}: raise the hourly commitment or
              the term.
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
