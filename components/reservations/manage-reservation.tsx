"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/lib/money";
import { newIdempotencyKey } from "@/lib/orders/new-idempotency-key";
import type { BillingSubscriptionOption } from "@/lib/reservations/billing-subscriptions";
import type { ExchangeQuote } from "@/lib/reservations/exchange-reservation";
import type { ProductOption } from "@/lib/reservations/product-options";
import type { RefundQuote } from "@/lib/reservations/refund-reservation";
import type { Result } from "@/lib/result";

type Action<T> = (input: unknown) => Promise<Result<T>>;

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
  function run<T>(call: () => Promise<Result<T>>, onDone: (data: T) => string | null) {
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
  const { pending, run, feedback } = useServerAction();
  return (
    <Section id="scope-heading" title="Change scope">
      <p className="mt-1 text-muted">Takes effect at once; no money moves.</p>
      <form
        className="mt-3 space-y-3"
        aria-label="Change scope"
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
            (data) => (data.changed ? "Scope changed." : "The scope was already that."),
          );
        }}
      >
        <fieldset className="flex flex-wrap gap-4">
          <legend className="sr-only">Scope</legend>
          {[
            ["shared", "Shared (all of the customer's subscriptions from you)"],
            ["single", "Single subscription"],
            ["resource_group", "Single resource group"],
          ].map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name="scope"
                value={value}
                checked={chosen === value}
                onChange={() => setChosen(value)}
                className="accent-brand"
              />
              {label}
            </label>
          ))}
        </fieldset>
        {chosen !== "shared" && (
          <label className="flex flex-col gap-1">
            <span className="font-semibold">Subscription</span>
            <select value={subscriptionId} onChange={(e) => setSubscriptionId(e.target.value)} className={fieldClass}>
              {subscriptions.map((s) => (
                <option key={s.subscriptionId} value={s.subscriptionId}>
                  {`${s.friendlyName} (${s.subscriptionId})${s.status === "active" ? "" : `, ${s.status}`}`}
                </option>
              ))}
            </select>
          </label>
        )}
        {chosen === "resource_group" && (
          <label className="flex flex-col gap-1">
            <span className="font-semibold">Resource group name</span>
            <input value={group} onChange={(e) => setGroup(e.target.value)} maxLength={90} className={fieldClass} />
          </label>
        )}
        <Button type="submit" disabled={pending}>
          Save scope
        </Button>
      </form>
      {feedback}
    </Section>
  );
}

function AutoRenewSection({ reservationId, autoRenew, actions }: ManageReservationProps) {
  const { pending, run, feedback } = useServerAction();
  return (
    <Section id="renewal-heading" title="Renewal">
      <p className="mt-1">
        Auto-renew is <strong>{autoRenew ? "on" : "off"}</strong>.{" "}
        {autoRenew
          ? "At expiry the same reservation is bought again at your price of that day, with its own order."
          : "At expiry the reservation ends."}
      </p>
      <Button
        type="button"
        variant="secondary"
        className="mt-3"
        disabled={pending}
        onClick={() =>
          run(
            () => actions.setAutoRenew({ reservationId, autoRenew: !autoRenew }),
            (data) => (data.autoRenew ? "Auto-renew is on." : "Auto-renew is off."),
          )
        }
      >
        {autoRenew ? "Turn auto-renew off" : "Turn auto-renew on"}
      </Button>
      {feedback}
    </Section>
  );
}

function RefundSection({ reservationId, quantity, actions }: ManageReservationProps) {
  const [returned, setReturned] = useState(String(quantity));
  const [quote, setQuote] = useState<{ refund: RefundQuote; key: string } | null>(null);
  const { pending, run, feedback, clear } = useServerAction();
  const overPool = quote && quote.refund.cancelledCommitmentMinor > quote.refund.poolLeftMinor;
  return (
    <Section id="refund-heading" title="Cancel (refund)">
      <form
        className="mt-3 flex flex-wrap items-end gap-3"
        aria-label="Cancel (refund)"
        onSubmit={(event) => {
          event.preventDefault();
          run(
            () => actions.calculateRefund({ reservationId, quantity: Number(returned) }),
            (refund) => (setQuote({ refund, key: newIdempotencyKey() }), null),
          );
        }}
      >
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Quantity to cancel</span>
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
          Calculate refund
        </Button>
      </form>
      {quote && (
        <div role="region" aria-label="Refund" className="mt-3 rounded-sm bg-nav p-4">
          <dl className="grid grid-cols-[16rem_1fr] gap-y-1">
            <dt className="text-muted">Refund</dt>
            <dd className="font-semibold">{formatMoney(quote.refund.refundMinor, quote.refund.currency)}</dd>
            {quote.refund.futurePaymentsCancelledMinor > 0 && (
              <>
                <dt className="text-muted">Monthly payments not yet due, cancelled</dt>
                <dd>{formatMoney(quote.refund.futurePaymentsCancelledMinor, quote.refund.currency)}</dd>
              </>
            )}
            <dt className="text-muted">Commitment cancelled</dt>
            <dd>{formatMoney(quote.refund.cancelledCommitmentMinor, quote.refund.currency)}</dd>
            <dt className="text-muted">Refund limit left (12 months)</dt>
            <dd>{formatMoney(quote.refund.poolLeftMinor, quote.refund.currency)} of USD 50,000</dd>
          </dl>
          {overPool && <p className="mt-2 text-danger">This refund is over what is left of the limit.</p>}
          <Button
            type="button"
            className="mt-3"
            disabled={pending}
            onClick={() =>
              run(
                () => actions.refund({ reservationId, quantity: quote.refund.quantity, idempotencyKey: quote.key }),
                (done) => (
                  setQuote(null),
                  `Refunded ${formatMoney(done.refundMinor, done.currency)}. Order ${done.orderId}.`
                ),
              )
            }
          >
            Confirm refund
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
  const [term, setTerm] = useState(product?.terms[0]?.id ?? "P1Y");
  const [billingPlan, setBillingPlan] = useState(product?.billingPlans[0]?.id ?? "upfront");
  const [newQuantity, setNewQuantity] = useState(String(quantity));
  const [quote, setQuote] = useState<{ exchange: ExchangeQuote; key: string } | null>(null);
  const { pending, run, feedback, clear } = useServerAction();
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => (set(value), setQuote(null), clear());

  const input = () => ({
    reservationId,
    quantity: Number(returned),
    target: {
      catalogItemId,
      region,
      term,
      billingPlan,
      quantity: Number(newQuantity),
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
    <Section id="exchange-heading" title="Exchange">
      <p className="mt-1 text-muted">
        For a reservation of the same family, at your price today; its term starts now. The new commitment must be at
        least what is still committed on what you return.
      </p>
      <form
        className="mt-3 grid grid-cols-2 gap-3"
        aria-label="Exchange"
        onSubmit={(event) => {
          event.preventDefault();
          run(
            () => actions.calculateExchange(input()),
            (exchange) => (setQuote({ exchange, key: newIdempotencyKey() }), null),
          );
        }}
      >
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Quantity to return</span>
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
          "New product",
          catalogItemId,
          family.map((p) => ({ id: p.catalogItemId, name: p.name })),
          (id) => {
            const next = family.find((p) => p.catalogItemId === id)!;
            setCatalogItemId(id);
            if (!next.regions.some((r) => r.id === region)) setRegion(next.regions[0].id);
            if (!next.terms.some((t) => t.id === term)) setTerm(next.terms[0].id);
            if (!next.billingPlans.some((b) => b.id === billingPlan)) setBillingPlan(next.billingPlans[0].id);
          },
        )}
        {product && choose("New region", region, product.regions, setRegion)}
        {product && choose("New term", term, product.terms, setTerm)}
        {product && choose("New billing frequency", billingPlan, product.billingPlans, setBillingPlan)}
        <label className="flex flex-col gap-1">
          <span className="font-semibold">New quantity</span>
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
            Calculate exchange
          </Button>
        </div>
      </form>
      {quote && (
        <div role="region" aria-label="Exchange calculation" className="mt-3 rounded-sm bg-nav p-4">
          <dl className="grid grid-cols-[16rem_1fr] gap-y-1">
            <dt className="text-muted">Credit for what is returned</dt>
            <dd>{formatMoney(quote.exchange.creditMinor, quote.exchange.currency)}</dd>
            {quote.exchange.futurePaymentsCancelledMinor > 0 && (
              <>
                <dt className="text-muted">Monthly payments not yet due, cancelled</dt>
                <dd>{formatMoney(quote.exchange.futurePaymentsCancelledMinor, quote.exchange.currency)}</dd>
              </>
            )}
            <dt className="text-muted">Still committed on it</dt>
            <dd>{formatMoney(quote.exchange.remainingCommitmentMinor, quote.exchange.currency)}</dd>
            <dt className="text-muted">New commitment</dt>
            <dd>{formatMoney(quote.exchange.newCommitmentMinor, quote.exchange.currency)}</dd>
            <dt className="text-muted">Exchange order total</dt>
            <dd className="font-semibold">{formatMoney(quote.exchange.netMinor, quote.exchange.currency)}</dd>
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
                    `Exchanged. Order ${done.orderId}, new reservation ${done.reservationId}.`
                  ),
                )
              }
            >
              Confirm exchange
            </Button>
          ) : (
            <p className="mt-2 text-danger">
              The new commitment is less than what is still committed on what you return: choose a larger quantity, a
              longer term or a bigger size.
            </p>
          )}
        </div>
      )}
      {feedback}
    </Section>
  );
}
