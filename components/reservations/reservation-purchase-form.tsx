"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { BillingSubscriptionSelect, ScopeFieldset } from "./billing-and-scope-fields";
import { formatMoney } from "@/lib/money";
import { newIdempotencyKey } from "@/lib/orders/new-idempotency-key";
import { describeMonthlyPayments } from "@/lib/pricing/customer-price";
import type { ReservationQuote } from "@/lib/reservations/purchase-reservation";
import type { ProductOption } from "@/lib/reservations/product-options";
import type { BillingSubscriptionOption } from "@/lib/reservations/billing-subscriptions";
import type { ReservationPurchaseResult } from "@/lib/reservations/write-reservation-purchase";
import type { Result } from "@/lib/result";

type PurchaseInput = {
  customerId?: string;
  catalogItemId: string;
  region: string;
  term: string;
  billingPlan: string;
  quantity: number;
  billingSubscriptionId: string;
  scope: string;
  resourceGroup?: string;
  expectedTotalMinor?: number;
  idempotencyKey?: string;
};

type ReservationPurchaseFormProps = {
  products: ProductOption[];
  subscriptions: BillingSubscriptionOption[];
  /** The customer bought for, on the partner side; a customer user buys for their own. */
  customerId?: string;
  quote: (input: PurchaseInput) => Promise<Result<ReservationQuote>>;
  purchase: (input: PurchaseInput) => Promise<Result<ReservationPurchaseResult>>;
};

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

/**
 * Choose → review (the server checks every rule and prices it from the partner's price list) → buy (the
 * server checks and prices it again: the review is information, never a promise the client can replay).
 */
export function ReservationPurchaseForm({
  products,
  subscriptions,
  customerId,
  quote,
  purchase,
}: ReservationPurchaseFormProps) {
  const queryClient = useQueryClient();
  const [catalogItemId, setCatalogItemId] = useState(products[0]?.catalogItemId ?? "");
  const product = products.find((p) => p.catalogItemId === catalogItemId) ?? products[0];
  const [region, setRegion] = useState(product?.regions[0]?.id ?? "");
  const [term, setTerm] = useState(product?.terms[0]?.id ?? "P1Y");
  const [billingPlan, setBillingPlan] = useState(product?.billingPlans[0]?.id ?? "upfront");
  const [quantity, setQuantity] = useState("1");
  const [billingSubscriptionId, setBillingSubscriptionId] = useState(subscriptions[0]?.subscriptionId ?? "");
  const [scope, setScope] = useState("single");
  const [resourceGroup, setResourceGroup] = useState("");
  const [review, setReviewState] = useState<{ quote: ReservationQuote; idempotencyKey: string } | null>(null);
  // Each review gets its own idempotency key: a Buy sent twice for it (a double click, a retry) buys once,
  // while buying the same thing again after a new review is a new purchase.
  const setReview = (quote: ReservationQuote | null) =>
    setReviewState(quote && { quote, idempotencyKey: newIdempotencyKey() });
  const [done, setDone] = useState<ReservationPurchaseResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function chooseProduct(id: string) {
    const next = products.find((p) => p.catalogItemId === id)!;
    setCatalogItemId(id);
    if (!next.regions.some((r) => r.id === region)) setRegion(next.regions[0].id);
    if (!next.terms.some((t) => t.id === term)) setTerm(next.terms[0].id);
    if (!next.billingPlans.some((b) => b.id === billingPlan)) setBillingPlan(next.billingPlans[0].id);
    setReview(null);
  }

  const input = (): PurchaseInput => ({
    customerId,
    catalogItemId,
    region,
    term,
    billingPlan,
    quantity: Number(quantity),
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
      if (!result.ok) {
        setError(result.message);
        // A changed price or a refused rule: the review no longer holds.
        setReview(null);
        return;
      }
      setDone(result.data);
      setReview(null);
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
          Buy another reservation
        </Button>
      </div>
    );
  }

  const groups = [...new Set(products.map((p) => p.category))];
  return (
    <form
      onSubmit={onReview}
      aria-label="Purchase reservations"
      className="mt-4 max-w-2xl space-y-4 rounded-sm border border-line p-5"
    >
      <div className="grid grid-cols-2 gap-4">
        <label className="col-span-2 flex flex-col gap-1">
          <span className="font-semibold">Product</span>
          <select value={catalogItemId} onChange={(e) => chooseProduct(e.target.value)} className={fieldClass}>
            {groups.map((group) => (
              <optgroup key={group} label={group}>
                {products
                  .filter((p) => p.category === group)
                  .map((p) => (
                    <option key={p.catalogItemId} value={p.catalogItemId}>
                      {p.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <Choice
          label="Region"
          value={region}
          options={product.regions}
          onChange={(v) => (setRegion(v), setReview(null))}
        />
        <Choice label="Term" value={term} options={product.terms} onChange={(v) => (setTerm(v), setReview(null))} />
        <Choice
          label="Billing frequency"
          value={billingPlan}
          options={product.billingPlans}
          onChange={(v) => (setBillingPlan(v), setReview(null))}
        />
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Quantity ({product.unit})</span>
          <input
            type="number"
            min={1}
            max={product.maxQuantity}
            value={quantity}
            onChange={(e) => (setQuantity(e.target.value), setReview(null))}
            className={fieldClass}
          />
        </label>
        <BillingSubscriptionSelect
          subscriptions={subscriptions}
          value={billingSubscriptionId}
          onChange={(v) => (setBillingSubscriptionId(v), setReview(null))}
        />
      </div>
      <ScopeFieldset
        scope={scope}
        onScope={(v) => (setScope(v), setReview(null))}
        resourceGroup={resourceGroup}
        onResourceGroup={(v) => (setResourceGroup(v), setReview(null))}
      />

      {error && (
        <p role="alert" className="rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
          {error}
        </p>
      )}

      {review ? (
        <Review review={review.quote} pending={pending} onBuy={onBuy} onChange={() => setReview(null)} />
      ) : (
        <Button type="submit" disabled={pending}>
          {pending ? "Checking…" : "Review purchase"}
        </Button>
      )}
    </form>
  );
}

function Review({
  review,
  pending,
  onBuy,
  onChange,
}: {
  review: ReservationQuote;
  pending: boolean;
  onBuy: () => void;
  onChange: () => void;
}) {
  return (
    <section aria-labelledby="review-heading" className="rounded-sm bg-nav p-4">
      <h3 id="review-heading" className="font-semibold">
        Review
      </h3>
      <dl className="mt-2 grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted">Product</dt>
        <dd>{review.productName}</dd>
        <dt className="text-muted">Region</dt>
        <dd>{review.region}</dd>
        <dt className="text-muted">Term</dt>
        <dd>{review.term}</dd>
        <dt className="text-muted">Billing</dt>
        <dd>{review.billingPlan}</dd>
        <dt className="text-muted">Quantity</dt>
        <dd>{review.quantity}</dd>
        <dt className="text-muted">Billing subscription</dt>
        <dd>{review.subscriptionName}</dd>
        <dt className="text-muted">Scope</dt>
        <dd>{review.scope}</dd>
        <dt className="text-muted">Total</dt>
        <dd className="font-semibold">{formatMoney(review.totalMinor, review.currency)}</dd>
        {review.monthly && (
          <>
            <dt className="text-muted">Billed monthly</dt>
            <dd>{describeMonthlyPayments(review.monthly, review.currency)}</dd>
          </>
        )}
        {review.listTotalMinor !== null && (
          <>
            <dt className="text-muted">List price (Web Direct)</dt>
            <dd>
              {formatMoney(review.listTotalMinor, review.currency)} · margin{" "}
              {formatMoney(review.totalMinor - review.listTotalMinor, review.currency)}
            </dd>
          </>
        )}
      </dl>
      <div className="mt-4 flex gap-2">
        <Button type="button" onClick={onBuy} disabled={pending}>
          {pending ? "Buying…" : "Buy"}
        </Button>
        <Button type="button" variant="secondary" onClick={onChange}>
          Change
        </Button>
      </div>
    </section>
  );
}

function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { id: string; name: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} className={fieldClass}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
