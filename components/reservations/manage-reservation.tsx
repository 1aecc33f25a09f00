"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/i18n/describe";
import { formatMoney } from "@/lib/money";
import { newIdempotencyKey } from "@/lib/orders/new-idempotency-key";
import type { BillingSubscriptionOption } from "@/lib/reservations/billing-subscriptions";
import type { ExchangeQuote } from "@/lib/reservations/exchange-reservation";
import type { ProductOption } from "@/lib/reservations/product-options";
import type { RefundQuote } from "@/lib/reservations/refund-reservation";

type Action<T> = (input: unknown) => Promise<ActionResult<T>>;

export type ManageReservationProps = {
  reservationId: string;
  quantity: number;
  scope: string;
  scopeSubscriptionId: string | null;
  resourceGroup: string | null;
  autoRenew: boolean;
  /** Where an exchange's new reservation is billed: where the returned one was. */
  billingSubscriptionId: string;
  subscriptions: BillingSubscriptionOption[];
  products: ProductOption[];
  /** The exchange family's products only, first the reservation's own. */
  exchangeProductIds: string[];
  actions: {
    changeScope: Action<{ changed: boolean }>;
    setAutoRenew: Action<{ autoRenew: boolean; changed: boolean }>;
    calculateRefund: Action<RefundQuote>;
    refund: Action<{ orderId: string; refundMinor: number; futurePaymentsCancelledMinor: number; currency: string }>;
    calculateExchange: Action<ExchangeQuote>;
    exchange: Action<{ orderId: string; reservationId: string; netMinor: number; currency: string }>;
  };
};

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

/** The four things an Admin agent can do with a reservation, each answering with the server's own figures. */
export function ManageReservation(props: ManageReservationProps) {
  return (
    <div className="mt-6 grid max-w-4xl gap-6">
      <ScopeSection {...props} />
      <AutoRenewSection {...props} />
      <RefundSection {...props} />
      <ExchangeSection {...props} />
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-sm border border-line p-5">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Runs a server action and keeps what it answered, for the section to show. */
function useServerAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  function run<T>(call: () => Promise<ActionResult<T>>, onDone: (data: T) => string | null) {
    setMessage(null);
    startTransition(async () => {
      const result = await call();
      if (!result.ok) return setMessage({ ok: false, text: result.message });
      const text = onDone(result.data);
      if (text) setMessage({ ok: true, text });
      router.refresh();
    });
  }
  const feedback = message && (
    <p
      role={message.ok ? "status" : "alert"}
      className={message.ok ? "mt-3 text-success" : "mt-3 rounded-sm bg-[#fde7e9] px-3 py-2 text-danger"}
    >
      {message.text}
    </p>
  );
  return { pending, run, feedback, clear: () => setMessage(null) };
}

function ScopeSection({
  reservationId,
  scope,
  scopeSubscriptionId,
  resourceGroup,
  subscriptions,
  actions,
}: ManageReservationProps) {
  const [chosen, setChosen] = useState(scope);
  const [subscriptionId, setSubscriptionId] = useState(scopeSubscriptionId ?? subscriptions[0]?.subscriptionId ?? "");
  const [group, setGroup] = useState(resourceGroup ?? "");
  const t = useTranslations("reservations");
  const { pending, run, feedback } = useServerAction();
  return (
    <Section id="scope-heading" title={t("manage.scope.title")}>
      <p className="mt-1 text-muted">{t("manage.scope.note")}</p>
      <form
        className="mt-3 space-y-3"
        aria-label={t("manage.scope.title")}
        onSubmit={(event) => {
          event.preventDefault();
          run(
            () =>
              actions.changeScope({
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
          <label className="flex flex-col gap-1">
            <span className="font-semibold">{t("manage.scope.subscription")}</span>
            <select value={subscriptionId} onChange={(e) => setSubscriptionId(e.target.value)} className={fieldClass}>
              {subscriptions.map((s) => (
                <option key={s.subscriptionId} value={s.subscriptionId}>
                  {t("subscriptionOption", { name: s.friendlyName, id: s.subscriptionId, status: s.status })}
                </option>
              ))}
            </select>
          </label>
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
    </Section>
  );
}

function AutoRenewSection({ reservationId, autoRenew, actions }: ManageReservationProps) {
  const t = useTranslations("reservations");
  const { pending, run, feedback } = useServerAction();
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <Section id="renewal-heading" title={t("manage.renewal.title")}>
      <p className="mt-1">
        {autoRenew ? t.rich("manage.renewal.isOnStrong", { strong }) : t.rich("manage.renewal.isOffStrong", { strong })}{" "}
        {autoRenew ? t("manage.renewal.onExplained") : t("manage.renewal.offExplained")}
      </p>
      <Button
        type="button"
        variant="secondary"
        className="mt-3"
        disabled={pending}
        onClick={() =>
          run(
            () => actions.setAutoRenew({ reservationId, autoRenew: !autoRenew }),
            (data) => (data.autoRenew ? t("manage.renewal.isOn") : t("manage.renewal.isOff")),
          )
        }
      >
        {autoRenew ? t("manage.renewal.turnOff") : t("manage.renewal.turnOn")}
      </Button>
      {feedback}
    </Section>
  );
}

function RefundSection({ reservationId, quantity, actions }: ManageReservationProps) {
  const [returned, setReturned] = useState(String(quantity));
  const [quote, setQuote] = useState<{ refund: RefundQuote; key: string } | null>(null);
  const t = useTranslations("reservations");
  const locale = useLocale();
  const { pending, run, feedback, clear } = useServerAction();
  const overPool = quote && quote.refund.cancelledCommitmentMinor > quote.refund.poolLeftMinor;
  const money = (amountMinor: number) => formatMoney(amountMinor, quote!.refund.currency, locale);
  return (
    <Section id="refund-heading" title={t("manage.refund.title")}>
      <form
        className="mt-3 flex flex-wrap items-end gap-3"
        aria-label={t("manage.refund.title")}
        onSubmit={(event) => {
          event.preventDefault();
          run(
            // As typed: the server takes digits and nothing else (Number() would read "0x1" or "1e1" as a count).
            () => actions.calculateRefund({ reservationId, quantity: returned }),
            (refund) => (setQuote({ refund, key: newIdempotencyKey() }), null),
          );
        }}
      >
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("manage.refund.quantity")}</span>
          <input
            type="number"
            min={1}
            max={quantity}
            value={returned}
            onChange={(e) => (setReturned(e.target.value), setQuote(null), clear())}
            className={`${fieldClass} w-28`}
          />
        </label>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("manage.refund.calculate")}
        </Button>
      </form>
      {quote && (
        <div role="region" aria-label={t("manage.refund.region")} className="mt-3 rounded-sm bg-nav p-4">
          <dl className="grid grid-cols-[16rem_1fr] gap-y-1">
            <dt className="text-muted">{t("manage.refund.refund")}</dt>
            <dd className="font-semibold">{money(quote.refund.refundMinor)}</dd>
            {quote.refund.futurePaymentsCancelledMinor > 0 && (
              <>
                <dt className="text-muted">{t("manage.futurePaymentsCancelled")}</dt>
                <dd>{money(quote.refund.futurePaymentsCancelledMinor)}</dd>
              </>
            )}
            <dt className="text-muted">{t("manage.refund.commitmentCancelled")}</dt>
            <dd>{money(quote.refund.cancelledCommitmentMinor)}</dd>
            <dt className="text-muted">{t("manage.refund.limitLeft")}</dt>
            <dd>{t("manage.refund.limitLeftValue", { left: money(quote.refund.poolLeftMinor) })}</dd>
          </dl>
          {overPool && <p className="mt-2 text-danger">{t("manage.refund.overLimit")}</p>}
          <Button
            type="button"
            className="mt-3"
            disabled={pending}
            onClick={() =>
              run(
                () => actions.refund({ reservationId, quantity: quote.refund.quantity, idempotencyKey: quote.key }),
                (done) => (
                  setQuote(null),
                  t("manage.refund.done", {
                    amount: formatMoney(done.refundMinor, done.currency, locale),
                    orderId: done.orderId,
                  })
                ),
              )
            }
          >
            {t("manage.refund.confirm")}
          </Button>
        </div>
      )}
      {feedback}
    </Section>
  );
}

function ExchangeSection({
  reservationId,
  quantity,
  billingSubscriptionId,
  products,
  exchangeProductIds,
  actions,
}: ManageReservationProps) {
  const family = products.filter((p) => exchangeProductIds.includes(p.catalogItemId));
  const [returned, setReturned] = useState(String(quantity));
  const [catalogItemId, setCatalogItemId] = useState(family[0]?.catalogItemId ?? "");
  const product = family.find((p) => p.catalogItemId === catalogItemId) ?? family[0];
  const [region, setRegion] = useState(product?.regions[0]?.id ?? "");
  const [term, setTerm] = useState<string>(product?.terms[0] ?? "P1Y");
  const [billingPlan, setBillingPlan] = useState<string>(product?.billingPlans[0] ?? "upfront");
  const [newQuantity, setNewQuantity] = useState(String(quantity));
  const [quote, setQuote] = useState<{ exchange: ExchangeQuote; key: string } | null>(null);
  const t = useTranslations("reservations");
  const tc = useTranslations("reservationCatalog");
  const locale = useLocale();
  const { pending, run, feedback, clear } = useServerAction();
  const money = (amountMinor: number) => formatMoney(amountMinor, quote!.exchange.currency, locale);
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => (set(value), setQuote(null), clear());

  const input = () => ({
    reservationId,
    // Quantities as typed: the server takes digits and nothing else.
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
  const choose = (label: string, value: string, options: { id: string; name: string }[], set: (v: string) => void) => (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <select value={value} onChange={(e) => changed(set)(e.target.value)} className={fieldClass}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <Section id="exchange-heading" title={t("manage.exchange.title")}>
      <p className="mt-1 text-muted">{t("manage.exchange.intro")}</p>
      <form
        className="mt-3 grid grid-cols-2 gap-3"
        aria-label={t("manage.exchange.title")}
        onSubmit={(event) => {
          event.preventDefault();
          run(
            () => actions.calculateExchange(input()),
            (exchange) => (setQuote({ exchange, key: newIdempotencyKey() }), null),
          );
        }}
      >
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("manage.exchange.quantity")}</span>
          <input
            type="number"
            min={1}
            max={quantity}
            value={returned}
            onChange={(e) => changed(setReturned)(e.target.value)}
            className={fieldClass}
          />
        </label>
        {choose(
          t("manage.exchange.newProduct"),
          catalogItemId,
          family.map((p) => ({ id: p.catalogItemId, name: p.name })),
          (id) => {
            const next = family.find((p) => p.catalogItemId === id)!;
            setCatalogItemId(id);
            if (!next.regions.some((r) => r.id === region)) setRegion(next.regions[0].id);
            if (!next.terms.includes(term as (typeof next.terms)[number])) setTerm(next.terms[0]);
            if (!next.billingPlans.includes(billingPlan as (typeof next.billingPlans)[number])) {
              setBillingPlan(next.billingPlans[0]);
            }
          },
        )}
        {product && choose(t("manage.exchange.newRegion"), region, product.regions, setRegion)}
        {product &&
          choose(
            t("manage.exchange.newTerm"),
            term,
            product.terms.map((id) => ({ id, name: tc(`term.${id}`) })),
            setTerm,
          )}
        {product &&
          choose(
            t("manage.exchange.newBillingFrequency"),
            billingPlan,
            product.billingPlans.map((id) => ({ id, name: tc(`billingPlan.${id}`) })),
            setBillingPlan,
          )}
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("manage.exchange.newQuantity")}</span>
          <input
            type="number"
            min={1}
            value={newQuantity}
            onChange={(e) => changed(setNewQuantity)(e.target.value)}
            className={fieldClass}
          />
        </label>
        <div className="col-span-2">
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("manage.exchange.calculate")}
          </Button>
        </div>
      </form>
      {quote && (
        <div role="region" aria-label={t("manage.exchange.region")} className="mt-3 rounded-sm bg-nav p-4">
          <dl className="grid grid-cols-[16rem_1fr] gap-y-1">
            <dt className="text-muted">{t("manage.exchange.credit")}</dt>
            <dd>{money(quote.exchange.creditMinor)}</dd>
            {quote.exchange.futurePaymentsCancelledMinor > 0 && (
              <>
                <dt className="text-muted">{t("manage.futurePaymentsCancelled")}</dt>
                <dd>{money(quote.exchange.futurePaymentsCancelledMinor)}</dd>
              </>
            )}
            <dt className="text-muted">{t("manage.exchange.stillCommitted")}</dt>
            <dd>{money(quote.exchange.remainingCommitmentMinor)}</dd>
            <dt className="text-muted">{t("manage.exchange.newCommitment")}</dt>
            <dd>{money(quote.exchange.newCommitmentMinor)}</dd>
            <dt className="text-muted">{t("manage.exchange.orderTotal")}</dt>
            <dd className="font-semibold">{money(quote.exchange.netMinor)}</dd>
          </dl>
          {quote.exchange.coversReturn ? (
            <Button
              type="button"
              className="mt-3"
              disabled={pending}
              onClick={() =>
                run(
                  () => actions.exchange({ ...input(), idempotencyKey: quote.key }),
                  (done) => (
                    setQuote(null),
                    t("manage.exchange.done", { orderId: done.orderId, reservationId: done.reservationId })
                  ),
                )
              }
            >
              {t("manage.exchange.confirm")}
            </Button>
          ) : (
            <p className="mt-2 text-danger">{t("manage.exchange.notCovered")}</p>
          )}
        </div>
      )}
      {feedback}
    </Section>
  );
}
