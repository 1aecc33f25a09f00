"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { BillingSubscriptionSelect, ScopeFieldset } from "./billing-and-scope-fields";
import { useDescribeMonthlyPayments } from "@/components/pricing/monthly-payments";
import { ScopeText } from "./reservation-words";
import type { ActionResult } from "@/lib/i18n/describe";
import { formatMoney } from "@/lib/money";
import { newIdempotencyKey } from "@/lib/orders/new-idempotency-key";
import { regionName } from "@/lib/reservations/labels";
import type { ReservationQuote } from "@/lib/reservations/purchase-reservation";
import type { ProductOption } from "@/lib/reservations/product-options";
import type { BillingSubscriptionOption } from "@/lib/reservations/billing-subscriptions";
import type { ReservationPurchaseResult } from "@/lib/reservations/write-reservation-purchase";

type PurchaseInput = {
  customerId?: string;
  catalogItemId: string;
  region: string;
  term: string;
  billingPlan: string;
  /** As typed: the server takes digits and nothing else. */
  quantity: string;
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
  quote: (input: PurchaseInput) => Promise<ActionResult<ReservationQuote>>;
  purchase: (input: PurchaseInput) => Promise<ActionResult<ReservationPurchaseResult>>;
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
  const t = useTranslations("reservations");
  const tc = useTranslations("reservationCatalog");
  const locale = useLocale();
  const monthlyWords = useDescribeMonthlyPayments();
  const queryClient = useQueryClient();
  const [catalogItemId, setCatalogItemId] = useState(products[0]?.catalogItemId ?? "");
  const product = products.find((p) => p.catalogItemId === catalogItemId) ?? products[0];
  const [region, setRegion] = useState(product?.regions[0]?.id ?? "");
  const [term, setTerm] = useState<string>(product?.terms[0] ?? "P1Y");
  const [billingPlan, setBillingPlan] = useState<string>(product?.billingPlans[0] ?? "upfront");
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
    if (!next.terms.includes(term as (typeof next.terms)[number])) setTerm(next.terms[0]);
    if (!next.billingPlans.includes(billingPlan as (typeof next.billingPlans)[number])) {
      setBillingPlan(next.billingPlans[0]);
    }
    setReview(null);
  }

  const input = (): PurchaseInput => ({
    customerId,
    catalogItemId,
    region,
    term,
    billingPlan,
    quantity,
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
          {done.monthly
            ? t("purchase.doneMonthly", {
                name: done.displayName,
                total: formatMoney(done.totalMinor, done.currency, locale),
                monthly: monthlyWords(done.monthly, done.currency),
                orderId: done.orderId,
              })
            : t("purchase.done", {
                name: done.displayName,
                total: formatMoney(done.totalMinor, done.currency, locale),
                orderId: done.orderId,
              })}
        </p>
        <Button type="button" variant="secondary" className="mt-3" onClick={() => setDone(null)}>
          {t("purchase.buyAnother")}
        </Button>
      </div>
    );
  }

  const groups = [...new Set(products.map((p) => p.category))];
  return (
    <form
      onSubmit={onReview}
      aria-label={t("purchase.formLabel")}
      className="mt-4 max-w-2xl space-y-4 rounded-sm border border-line p-5"
    >
      <div className="grid grid-cols-2 gap-4">
        <label className="col-span-2 flex flex-col gap-1">
          <span className="font-semibold">{t("purchase.product")}</span>
          <select value={catalogItemId} onChange={(e) => chooseProduct(e.target.value)} className={fieldClass}>
            {groups.map((group) => (
              <optgroup key={group} label={tc(`category.${group}`)}>
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
          label={t("purchase.region")}
          value={region}
          options={product.regions}
          onChange={(v) => (setRegion(v), setReview(null))}
        />
        <Choice
          label={t("purchase.term")}
          value={term}
          options={product.terms.map((id) => ({ id, name: tc(`term.${id}`) }))}
          onChange={(v) => (setTerm(v), setReview(null))}
        />
        <Choice
          label={t("purchase.billingFrequency")}
          value={billingPlan}
          options={product.billingPlans.map((id) => ({ id, name: tc(`billingPlan.${id}`) }))}
          onChange={(v) => (setBillingPlan(v), setReview(null))}
        />
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("purchase.quantity", { unit: tc(`unit.${product.unit}`) })}</span>
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
          {pending ? t("purchase.checking") : t("purchase.review")}
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
  const t = useTranslations("reservations");
  const tc = useTranslations("reservationCatalog");
  const locale = useLocale();
  const format = useFormatter();
  const monthlyWords = useDescribeMonthlyPayments();
  const money = (amountMinor: number) => formatMoney(amountMinor, review.currency, locale);
  return (
    <section aria-labelledby="review-heading" className="rounded-sm bg-nav p-4">
      <h3 id="review-heading" className="font-semibold">
        {t("purchase.reviewHeading")}
      </h3>
      <dl className="mt-2 grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted">{t("purchase.product")}</dt>
        <dd>{review.productName}</dd>
        <dt className="text-muted">{t("purchase.region")}</dt>
        <dd>{regionName(review.region)}</dd>
        <dt className="text-muted">{t("purchase.term")}</dt>
        <dd>{tc(`term.${review.term}`)}</dd>
        <dt className="text-muted">{t("purchase.billing")}</dt>
        <dd>{tc(`billingPlan.${review.billingPlan}`)}</dd>
        <dt className="text-muted">{t("purchase.quantityLabel")}</dt>
        <dd>{format.number(review.quantity)}</dd>
        <dt className="text-muted">{t("purchase.billingSubscription")}</dt>
        <dd>{`${review.subscription.friendlyName} (${review.subscription.subscriptionId})`}</dd>
        <dt className="text-muted">{t("purchase.scope")}</dt>
        <dd>
          <ScopeText scope={review.scope} resourceGroup={review.resourceGroup} />
        </dd>
        <dt className="text-muted">{t("purchase.total")}</dt>
        <dd className="font-semibold">{money(review.totalMinor)}</dd>
        {review.monthly && (
          <>
            <dt className="text-muted">{t("purchase.billedMonthly")}</dt>
            <dd>{monthlyWords(review.monthly, review.currency)}</dd>
          </>
        )}
        {review.listTotalMinor !== null && (
          <>
            <dt className="text-muted">{t("purchase.listPrice")}</dt>
            <dd>
              {t("purchase.listPriceValue", {
                list: money(review.listTotalMinor),
                margin: money(review.totalMinor - review.listTotalMinor),
              })}
            </dd>
          </>
        )}
      </dl>
      <div className="mt-4 flex gap-2">
        <Button type="button" onClick={onBuy} disabled={pending}>
          {pending ? t("purchase.buying") : t("purchase.buy")}
        </Button>
        <Button type="button" variant="secondary" onClick={onChange}>
          {t("purchase.change")}
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
