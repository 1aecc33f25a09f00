"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState, useTransition } from "react";
import { BillingSubscriptionSelect, ScopeFieldset } from "@/components/reservations/billing-and-scope-fields";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/lib/money";
import { newIdempotencyKey } from "@/lib/orders/new-idempotency-key";
import { describeMonthlyPayments } from "@/lib/pricing/customer-price";
import type { BillingSubscriptionOption } from "@/lib/reservations/billing-subscriptions";
import type { Result } from "@/lib/result";
import type { SavingsPlanPurchaseResult, SavingsPlanQuote } from "@/lib/savings-plans/purchase-savings-plan";

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
  quote: (input: PurchaseInput) => Promise<Result<SavingsPlanQuote>>;
  purchase: (input: PurchaseInput) => Promise<Result<SavingsPlanPurchaseResult>>;
}) {
  const queryClient = useQueryClient();
  const [hourlyCommitment, setHourlyCommitment] = useState("1.000");
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
    hourlyCommitment,
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
      else setError(result.message);
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
      if (!result.ok) return setError(result.message);
      setDone(result.data);
      if (customerId) queryClient.removeQueries({ queryKey: ["customers", customerId] });
    });
  }

  if (done) {
    return (
      <div className="mt-4 max-w-2xl rounded-sm border border-line p-5">
        <p role="status" className="text-success">
          Purchase complete: {done.displayName}, {formatMoney(done.totalMinor, done.currency)}
          {done.monthly && ` (${describeMonthlyPayments(done.monthly, done.currency)})`}. Order {done.orderId}.
        </p>
        <Button type="button" variant="secondary" className="mt-3" onClick={() => setDone(null)}>
          Buy another savings plan
        </Button>
      </div>
    );
  }

  return (
    <form
      onSubmit={onReview}
      aria-label="Purchase savings plan"
      className="mt-4 max-w-2xl space-y-4 rounded-sm border border-line p-5"
    >
      <div className="grid grid-cols-2 gap-4">
        <label className="col-span-2 flex flex-col gap-1">
          <span className="font-semibold">Hourly commitment ({currency} an hour)</span>
          <input
            value={hourlyCommitment}
            onChange={(e) => changed(setHourlyCommitment)(e.target.value)}
            inputMode="decimal"
            required
            className={fieldClass}
            aria-describedby="commitment-hint"
          />
          <span id="commitment-hint" className="text-xs text-muted">
            From 0.001 to 1,000.000, in steps of 0.001. The savings plan discounts eligible compute usage up to this
            amount every hour, across regions and sizes.
          </span>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Term</span>
          <select value={term} onChange={(e) => changed(setTerm)(e.target.value)} className={fieldClass}>
            <option value="P1Y">1 year</option>
            <option value="P3Y">3 years</option>
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Billing frequency</span>
          <select value={billingPlan} onChange={(e) => changed(setBillingPlan)(e.target.value)} className={fieldClass}>
            <option value="monthly">Monthly</option>
            <option value="upfront">Upfront</option>
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
            Review
          </h3>
          <dl className="mt-2 grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1">
            <dt className="text-muted">Commitment</dt>
            <dd>{review.quote.hourlyCommitment}</dd>
            <dt className="text-muted">Term</dt>
            <dd>{review.quote.term}</dd>
            <dt className="text-muted">Billing</dt>
            <dd>{review.quote.billingPlan}</dd>
            <dt className="text-muted">Billing subscription</dt>
            <dd>{review.quote.subscriptionName}</dd>
            <dt className="text-muted">Scope</dt>
            <dd>{review.quote.scope}</dd>
            <dt className="text-muted">Total</dt>
            <dd className="font-semibold">{formatMoney(review.quote.totalMinor, review.quote.currency)}</dd>
            {review.quote.monthly && (
              <>
                <dt className="text-muted">Billed monthly</dt>
                <dd>{describeMonthlyPayments(review.quote.monthly, review.quote.currency)}</dd>
              </>
            )}
            {review.quote.listTotalMinor !== null && (
              <>
                <dt className="text-muted">List price (Web Direct)</dt>
                <dd>
                  {formatMoney(review.quote.listTotalMinor, review.quote.currency)} · margin{" "}
                  {formatMoney(review.quote.totalMinor - review.quote.listTotalMinor, review.quote.currency)}
                </dd>
              </>
            )}
          </dl>
          <p className="mt-2 text-muted">A savings plan can&apos;t be cancelled or exchanged once bought.</p>
          <div className="mt-4 flex gap-2">
            <Button type="button" onClick={onBuy} disabled={pending}>
              {pending ? "Buying…" : "Buy"}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setReview(null)}>
              Change
            </Button>
          </div>
        </section>
      ) : (
        <Button type="submit" disabled={pending}>
          {pending ? "Checking…" : "Review purchase"}
        </Button>
      )}
    </form>
  );
}
