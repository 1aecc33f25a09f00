"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { QuantityField, Choice, fieldClass } from "@/components/manage/fields";
import { ManageSection } from "@/components/manage/manage-section";
import { Calculation, useQuoteThenConfirm } from "@/components/manage/quote-then-confirm";
import { useServerAction } from "@/components/manage/use-server-action";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/i18n/describe";
import { formatMoney } from "@/lib/money";
import type { BillingSubscriptionOption } from "@/lib/reservations/billing-subscriptions";
import type { ExchangeQuote } from "@/lib/reservations/exchange-reservation";
import type { ProductOption } from "@/lib/reservations/product-options";
import type { RefundQuote } from "@/lib/reservations/refund-reservation";

// What an Admin agent can do with a reservation beyond what every Manage page has, each answering with the server's
// own figures.

type Action<T> = (input: unknown) => Promise<ActionResult<T>>;

export function ReservationScopeSection({
  reservationId,
  scope,
  scopeSubscriptionId,
  resourceGroup,
  subscriptions,
  changeScope,
}: {
  reservationId: string;
  scope: string;
  scopeSubscriptionId: string | null;
  resourceGroup: string | null;
  subscriptions: BillingSubscriptionOption[];
  changeScope: Action<{ changed: boolean }>;
}) {
  const [chosen, setChosen] = useState(scope);
  const [subscriptionId, setSubscriptionId] = useState(scopeSubscriptionId ?? subscriptions[0]?.subscriptionId ?? "");
  const [group, setGroup] = useState(resourceGroup ?? "");
  const t = useTranslations("reservations");
  const { pending, run, feedback } = useServerAction();
  return (
    <ManageSection id="scope-heading" title={t("manage.scope.title")} intro={t("manage.scope.note")}>
      <form
        className="mt-3 space-y-3"
        aria-label={t("manage.scope.title")}
        onSubmit={(event) => {
          event.preventDefault();
          run(
            () =>
              changeScope({
                reservationId,
                scope: chosen,
                subscriptionId: chosen === "shared" ? undefined : subscriptionId,
                resourceGroup: chosen === "resource_group" ? group : undefined,
              }),
            (data) => (data.changed ? t("manage.scope.changed") : t("manage.scope.unchanged")),
          );
        }}
      >
        <fieldset className="flex flex-wrap gap-4">
          <legend className="sr-only">{t("manage.scope.legend")}</legend>
          {(["shared", "single", "resource_group"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name="scope"
                value={value}
                checked={chosen === value}
                onChange={() => setChosen(value)}
                className="accent-brand"
              />
              {t(`manage.scope.choice.${value}`)}
            </label>
          ))}
        </fieldset>
        {chosen !== "shared" && (
          <Choice
            label={t("manage.scope.subscription")}
            value={subscriptionId}
            options={subscriptions.map((s) => ({
              id: s.subscriptionId,
              name: t("subscriptionOption", { name: s.friendlyName, id: s.subscriptionId, status: s.status }),
            }))}
            onChange={setSubscriptionId}
          />
        )}
        {chosen === "resource_group" && (
          <label className="flex flex-col gap-1">
            <span className="font-semibold">{t("purchase.resourceGroupName")}</span>
            <input value={group} onChange={(e) => setGroup(e.target.value)} maxLength={90} className={fieldClass} />
          </label>
        )}
        <Button type="submit" disabled={pending}>
          {t("manage.scope.save")}
        </Button>
      </form>
      {feedback}
    </ManageSection>
  );
}

export function RefundSection({
  reservationId,
  quantity,
  calculateRefund,
  refund,
}: {
  reservationId: string;
  quantity: number;
  calculateRefund: Action<RefundQuote>;
  refund: Action<{ orderId: string; refundMinor: number; futurePaymentsCancelledMinor: number; currency: string }>;
}) {
  const [returned, setReturned] = useState(String(quantity));
  const t = useTranslations("reservations");
  const locale = useLocale();
  const { quote, pending, feedback, changed, calculate, confirm } = useQuoteThenConfirm<RefundQuote>();
  const money = (amountMinor: number) => formatMoney(amountMinor, quote!.currency, locale);
  return (
    <ManageSection id="refund-heading" title={t("manage.refund.title")}>
      <form
        className="mt-3 flex flex-wrap items-end gap-3"
        aria-label={t("manage.refund.title")}
        onSubmit={calculate(() => calculateRefund({ reservationId, quantity: returned }))}
      >
        <QuantityField
          label={t("manage.refund.quantity")}
          max={quantity}
          value={returned}
          onChange={changed(setReturned)}
        />
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("manage.refund.calculate")}
        </Button>
      </form>
      {quote && (
        <Calculation
          label={t("manage.refund.region")}
          figures={[
            { name: t("manage.refund.refund"), amount: money(quote.refundMinor), bold: true },
            quote.futurePaymentsCancelledMinor > 0 && {
              name: t("manage.futurePaymentsCancelled"),
              amount: money(quote.futurePaymentsCancelledMinor),
            },
            { name: t("manage.refund.commitmentCancelled"), amount: money(quote.cancelledCommitmentMinor) },
            {
              name: t("manage.refund.limitLeft"),
              amount: t("manage.refund.limitLeftValue", { left: money(quote.poolLeftMinor) }),
            },
          ]}
          warning={quote.cancelledCommitmentMinor > quote.poolLeftMinor && t("manage.refund.overLimit")}
          confirmLabel={t("manage.refund.confirm")}
          onConfirm={confirm(
            (idempotencyKey) => refund({ reservationId, quantity: quote.quantity, idempotencyKey }),
            (done) =>
              t("manage.refund.done", {
                amount: formatMoney(done.refundMinor, done.currency, locale),
                orderId: done.orderId,
              }),
          )}
          pending={pending}
        />
      )}
      {feedback}
    </ManageSection>
  );
}

export function ExchangeSection({
  reservationId,
  quantity,
  billingSubscriptionId,
  products,
  exchangeProductIds,
  calculateExchange,
  exchange,
}: {
  reservationId: string;
  quantity: number;
  /** Where an exchange's new reservation is billed: where the returned one was. */
  billingSubscriptionId: string;
  products: ProductOption[];
  /** The exchange family's products only, first the reservation's own. */
  exchangeProductIds: string[];
  calculateExchange: Action<ExchangeQuote>;
  exchange: Action<{ orderId: string; reservationId: string; netMinor: number; currency: string }>;
}) {
  const family = products.filter((p) => exchangeProductIds.includes(p.catalogItemId));
  const [returned, setReturned] = useState(String(quantity));
  const [catalogItemId, setCatalogItemId] = useState(family[0]?.catalogItemId ?? "");
  const product = family.find((p) => p.catalogItemId === catalogItemId) ?? family[0];
  const [region, setRegion] = useState(product?.regions[0]?.id ?? "");
  const [term, setTerm] = useState<string>(product?.terms[0] ?? "P1Y");
  const [billingPlan, setBillingPlan] = useState<string>(product?.billingPlans[0] ?? "upfront");
  const [newQuantity, setNewQuantity] = useState(String(quantity));
  const t = useTranslations("reservations");
  const tc = useTranslations("reservationCatalog");
  const locale = useLocale();
  const { quote, pending, feedback, changed, calculate, confirm } = useQuoteThenConfirm<ExchangeQuote>();
  const money = (amountMinor: number) => formatMoney(amountMinor, quote!.currency, locale);

  const input = () => ({
    reservationId,
    quantity: returned,
    target: {
      catalogItemId,
      region,
      term,
      billingPlan,
      quantity: newQuantity,
      billingSubscriptionId,
      scope: "shared",
    },
  });
  function chooseProduct(id: string) {
    const next = family.find((p) => p.catalogItemId === id)!;
    setCatalogItemId(id);
    if (!next.regions.some((r) => r.id === region)) setRegion(next.regions[0].id);
    if (!next.terms.includes(term as (typeof next.terms)[number])) setTerm(next.terms[0]);
    if (!next.billingPlans.includes(billingPlan as (typeof next.billingPlans)[number])) {
      setBillingPlan(next.billingPlans[0]);
    }
  }

  return (
    <ManageSection id="exchange-heading" title={t("manage.exchange.title")} intro={t("manage.exchange.intro")}>
      <form
        className="mt-3 grid grid-cols-2 gap-3"
        aria-label={t("manage.exchange.title")}
        onSubmit={calculate(() => calculateExchange(input()))}
      >
        <QuantityField
          label={t("manage.exchange.quantity")}
          max={quantity}
          value={returned}
          onChange={changed(setReturned)}
        />
        <Choice
          label={t("manage.exchange.newProduct")}
          value={catalogItemId}
          options={family.map((p) => ({ id: p.catalogItemId, name: p.name }))}
          onChange={changed(chooseProduct)}
        />
        {product && (
          <>
            <Choice
              label={t("manage.exchange.newRegion")}
              value={region}
              options={product.regions}
              onChange={changed(setRegion)}
            />
            <Choice
              label={t("manage.exchange.newTerm")}
              value={term}
              options={product.terms.map((id) => ({ id, name: tc(`term.${id}`) }))}
              onChange={changed(setTerm)}
            />
            <Choice
              label={t("manage.exchange.newBillingFrequency")}
              value={billingPlan}
              options={product.billingPlans.map((id) => ({ id, name: tc(`billingPlan.${id}`) }))}
              onChange={changed(setBillingPlan)}
            />
          </>
        )}
        <QuantityField
          label={t("manage.exchange.newQuantity")}
          value={newQuantity}
          onChange={changed(setNewQuantity)}
        />
        <div className="col-span-2">
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("manage.exchange.calculate")}
          </Button>
        </div>
      </form>
      {quote && (
        <Calculation
          label={t("manage.exchange.region")}
          figures={[
            { name: t("manage.exchange.credit"), amount: money(quote.creditMinor) },
            quote.futurePaymentsCancelledMinor > 0 && {
              name: t("manage.futurePaymentsCancelled"),
              amount: money(quote.futurePaymentsCancelledMinor),
            },
            { name: t("manage.exchange.stillCommitted"), amount: money(quote.remainingCommitmentMinor) },
            { name: t("manage.exchange.newCommitment"), amount: money(quote.newCommitmentMinor) },
            { name: t("manage.exchange.orderTotal"), amount: money(quote.netMinor), bold: true },
          ]}
          warning={!quote.coversReturn && t("manage.exchange.notCovered")}
          confirmLabel={quote.coversReturn ? t("manage.exchange.confirm") : null}
          onConfirm={confirm(
            (idempotencyKey) => exchange({ ...input(), idempotencyKey }),
            (done) => t("manage.exchange.done", { orderId: done.orderId, reservationId: done.reservationId }),
          )}
          pending={pending}
        />
      )}
      {feedback}
    </ManageSection>
  );
}
