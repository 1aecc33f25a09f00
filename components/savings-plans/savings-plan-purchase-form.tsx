"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useDescribeMonthlyPayments } from "@/components/pricing/monthly-payments";
import { BillingSubscriptionSelect, ScopeFieldset } from "@/components/reservations/billing-and-scope-fields";
import { Button } from "@/components/ui/button";
import type { ActionResult, DescribedFailure } from "@/lib/i18n/describe";
import { formatMoney } from "@/lib/money";
import { newIdempotencyKey } from "@/lib/orders/new-idempotency-key";
import { decimalAsTyped, decimalFromTyped } from "@/lib/pricing/typed-decimal";
import type { BillingSubscriptionOption } from "@/lib/reservations/billing-subscriptions";
import type { SavingsPlanPurchaseResult, SavingsPlanQuote } from "@/lib/savings-plans/purchase-savings-plan";
import { formatHourlyCommitment, hourlyCommitmentLimits } from "@/lib/savings-plans/hourly-commitment";

type PurchaseInput = {
  customerId?: string;
  hourlyCommitment: string;
  term: string;
  billingPlan: string;
  billingSubscriptionId: string;
  scope: string;
  resourceGroup?: string;
  expectedTotalMinor?: number;
  idempotencyKey?: string;
};

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

/** A refusal as the form shows it: what is wrong with each field when the server says so, else its message. */
function refusalText(refusal: DescribedFailure): string {
  return refusal.fieldErrors ? Object.values(refusal.fieldErrors).flat().join(" ") : refusal.message;
}

/**
 * Choose an hourly commitment, term, billing and scope → review (the server checks every rule and prices it at the
 * partner's savings-plan price) → buy (checked and priced again; the review's key makes a repeated Buy one purchase).
 */
export function SavingsPlanPurchaseForm({
  subscriptions,
  currency,
  customerId,
  quote,
  purchase,
}: {
  subscriptions: BillingSubscriptionOption[];
  currency: string;
  /** The customer bought for, on the partner side; a customer user buys for their own. */
  customerId?: string;
  quote: (input: PurchaseInput) => Promise<ActionResult<SavingsPlanQuote>>;
  purchase: (input: PurchaseInput) => Promise<ActionResult<SavingsPlanPurchaseResult>>;
}) {
  const t = useTranslations("savingsPlans");
  const locale = useLocale();
  const describeMonthlyPayments = useDescribeMonthlyPayments();
  const money = (amountMinor: number, currency: string) => formatMoney(amountMinor, currency, locale);
  const queryClient = useQueryClient();
  const [hourlyCommitment, setHourlyCommitment] = useState(() => decimalAsTyped("1.000", locale));
  const [term, setTerm] = useState("P1Y");
  const [billingPlan, setBillingPlan] = useState("monthly");
  const [billingSubscriptionId, setBillingSubscriptionId] = useState(subscriptions[0]?.subscriptionId ?? "");
  const [scope, setScope] = useState("shared");
  const [resourceGroup, setResourceGroup] = useState("");
  const [review, setReviewState] = useState<{ quote: SavingsPlanQuote; idempotencyKey: string } | null>(null);
  const setReview = (next: SavingsPlanQuote | null) =>
    setReviewState(next && { quote: next, idempotencyKey: newIdempotencyKey() });
  const [done, setDone] = useState<SavingsPlanPurchaseResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => (set(value), setReview(null));

  const input = (): PurchaseInput => ({
    customerId,
    hourlyCommitment: decimalFromTyped(hourlyCommitment, locale),
    term,
    billingPlan,
    billingSubscriptionId,
    scope,
    resourceGroup: scope === "resource_group" ? resourceGroup : undefined,
  });

  function onReview(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = await quote(input());
      if (result.ok) setReview(result.data);
      else setError(refusalText(result));
    });
  }

  function onBuy() {
    if (!review) return;
    setError(null);
    startTransition(async () => {
      const result = await purchase({
        ...input(),
        expectedTotalMinor: review.quote.totalMinor,
        idempotencyKey: review.idempotencyKey,
      });
      setReview(null);
      if (!result.ok) return setError(refusalText(result));
      setDone(result.data);
      if (customerId) queryClient.removeQueries({ queryKey: ["customers", customerId] });
    });
  }

  if (done) {
    return (
      <div className="mt-4 max-w-2xl rounded-sm border border-line p-5">
        <p role="status" className="text-success">
          {done.monthly
            ? t("purchase.doneMonthly", {
                name: done.displayName,
                total: money(done.totalMinor, done.currency),
                payments: describeMonthlyPayments(done.monthly, done.currency),
                orderId: done.orderId,
              })
            : t("purchase.done", {
                name: done.displayName,
                total: money(done.totalMinor, done.currency),
                orderId: done.orderId,
              })}
        </p>
        <Button type="button" variant="secondary" className="mt-3" onClick={() => setDone(null)}>
          {t("purchase.buyAnother")}
        </Button>
      </div>
    );
  }

  return (
    <form
      onSubmit={onReview}
      aria-label={t("purchase.formLabel")}
      className="mt-4 max-w-2xl space-y-4 rounded-sm border border-line p-5"
    >
      <div className="grid grid-cols-2 gap-4">
        <label className="col-span-2 flex flex-col gap-1">
          <span className="font-semibold">{t("purchase.hourlyCommitment", { currency })}</span>
          <input
            value={hourlyCommitment}
            onChange={(e) => changed(setHourlyCommitment)(e.target.value)}
            inputMode="decimal"
            required
            className={fieldClass}
            aria-describedby="commitment-hint"
          />
          <span id="commitment-hint" className="text-xs text-muted">
            {t("purchase.commitmentHint", {
              min: formatHourlyCommitment(hourlyCommitmentLimits.minMills, locale),
              max: formatHourlyCommitment(hourlyCommitmentLimits.maxMills, locale),
            })}
          </span>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("purchase.term")}</span>
          <select value={term} onChange={(e) => changed(setTerm)(e.target.value)} className={fieldClass}>
            <option value="P1Y">{t("term.P1Y")}</option>
            <option value="P3Y">{t("term.P3Y")}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("purchase.billingFrequency")}</span>
          <select value={billingPlan} onChange={(e) => changed(setBillingPlan)(e.target.value)} className={fieldClass}>
            <option value="monthly">{t("billingPlan.monthly")}</option>
            <option value="upfront">{t("billingPlan.upfront")}</option>
          </select>
        </label>
        <BillingSubscriptionSelect
          subscriptions={subscriptions}
          value={billingSubscriptionId}
          onChange={changed(setBillingSubscriptionId)}
        />
      </div>
      <ScopeFieldset
        scope={scope}
        onScope={changed(setScope)}
        resourceGroup={resourceGroup}
        onResourceGroup={changed(setResourceGroup)}
        order={["shared", "single", "resource_group"]}
      />

      {error && (
        <p role="alert" className="rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
          {error}
        </p>
      )}

      {review ? (
        <section aria-labelledby="savings-plan-review-heading" className="rounded-sm bg-nav p-4">
          <h3 id="savings-plan-review-heading" className="font-semibold">
            {t("purchase.review")}
          </h3>
          <dl className="mt-2 grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1">
            <dt className="text-muted">{t("purchase.reviewCommitment")}</dt>
            <dd>
              {t("anHour", {
                amount: formatHourlyCommitment(review.quote.hourlyCommitmentMills, locale),
                currency: review.quote.currency,
              })}
            </dd>
            <dt className="text-muted">{t("purchase.reviewTerm")}</dt>
            <dd>{t(`term.${review.quote.term}`)}</dd>
            <dt className="text-muted">{t("purchase.reviewBilling")}</dt>
            <dd>{t(`billingPlan.${review.quote.billingPlan}`)}</dd>
            <dt className="text-muted">{t("purchase.reviewBillingSubscription")}</dt>
            <dd>{`${review.quote.subscription.friendlyName} (${review.quote.subscription.subscriptionId})`}</dd>
            <dt className="text-muted">{t("purchase.reviewScope")}</dt>
            <dd>{t(`scope.${review.quote.scope}`, { resourceGroup: review.quote.resourceGroup ?? "" })}</dd>
            <dt className="text-muted">{t("purchase.reviewTotal")}</dt>
            <dd className="font-semibold">{money(review.quote.totalMinor, review.quote.currency)}</dd>
            {review.quote.monthly && (
              <>
                <dt className="text-muted">{t("purchase.billedMonthly")}</dt>
                <dd>{describeMonthlyPayments(review.quote.monthly, review.quote.currency)}</dd>
              </>
            )}
            {review.quote.listTotalMinor !== null && (
              <>
                <dt className="text-muted">{t("purchase.listPrice")}</dt>
                <dd>
                  {t("purchase.listAndMargin", {
                    list: money(review.quote.listTotalMinor, review.quote.currency),
                    margin: money(review.quote.totalMinor - review.quote.listTotalMinor, review.quote.currency),
                  })}
                </dd>
              </>
            )}
          </dl>
          <p className="mt-2 text-muted">{t("purchase.final")}</p>
          <div className="mt-4 flex gap-2">
            <Button type="button" onClick={onBuy} disabled={pending}>
              {pending ? t("purchase.buying") : t("purchase.buy")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setReview(null)}>
              {t("purchase.change")}
            </Button>
          </div>
        </section>
      ) : (
        <Button type="submit" disabled={pending}>
          {pending ? t("purchase.checking") : t("purchase.reviewPurchase")}
        </Button>
      )}
    </form>
  );
}
