"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ReservationRequestKind } from "@/db/schema";
import type { ActionResult } from "@/lib/i18n/describe";
import type { BillingSubscriptionOption } from "@/lib/reservations/billing-subscriptions";
import type { ProductOption } from "@/lib/reservations/product-options";

type AskPartnerFormProps = {
  kind: ReservationRequestKind;
  /** What the request is about: one of the customer's reservations or savings plans. */
  subject: { reservationId: string } | { savingsPlanId: string };
  quantity: number;
  autoRenew: boolean;
  /** For an exchange: the products of the reservation's family. */
  products: ProductOption[];
  subscriptions: BillingSubscriptionOption[];
  ask: (input: unknown) => Promise<ActionResult<{ requestId: string }>>;
};

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{label}</span>
      {children}
    </label>
  );
}

/** What the customer wants, in the fields the partner's use case will take, and a message for the partner. */
export function AskPartnerForm({
  kind,
  subject,
  quantity,
  autoRenew,
  products,
  subscriptions,
  ask,
}: AskPartnerFormProps) {
  const t = useTranslations("requests");
  const tc = useTranslations("reservationCatalog");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [count, setCount] = useState(String(quantity));
  const [renew, setRenew] = useState(!autoRenew);
  const [scope, setScope] = useState("shared");
  const [subscriptionId, setSubscriptionId] = useState(subscriptions[0]?.subscriptionId ?? "");
  const [resourceGroup, setResourceGroup] = useState("");
  const [catalogItemId, setCatalogItemId] = useState(products[0]?.catalogItemId ?? "");
  const product = products.find((p) => p.catalogItemId === catalogItemId) ?? products[0];
  const [region, setRegion] = useState(product?.regions[0]?.id ?? "");
  const [term, setTerm] = useState<string>(product?.terms[0] ?? "P1Y");
  const [billingPlan, setBillingPlan] = useState<string>(product?.billingPlans[0] ?? "upfront");
  const [newQuantity, setNewQuantity] = useState(String(quantity));
  const [message, setMessage] = useState("");

  const details = () => {
    switch (kind) {
      case "cancel":
        // Quantities as typed: the server takes digits and nothing else.
        return { quantity: count };
      case "exchange":
        return {
          quantity: count,
          target: { catalogItemId, region, term, billingPlan, quantity: newQuantity },
        };
      case "renew":
        return { autoRenew: renew };
      case "change_scope":
        return {
          scope,
          subscriptionId: scope === "shared" ? undefined : subscriptionId,
          resourceGroup: scope === "resource_group" ? resourceGroup : undefined,
        };
    }
  };
  const select = (value: string, options: { id: string; name: string }[], set: (v: string) => void) => (
    <select value={value} onChange={(e) => set(e.target.value)} className={fieldClass}>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );

  return (
    <form
      aria-label={t("form.label")}
      className="mt-4 grid max-w-2xl gap-4 rounded-sm border border-line bg-white p-5"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        startTransition(async () => {
          const result = await ask({ ...subject, kind, details: details(), message: message || undefined });
          if (result.ok) router.push("/portal/requests");
          else setError(result.message);
        });
      }}
    >
      {(kind === "cancel" || kind === "exchange") && (
        <Field label={kind === "cancel" ? t("form.quantityToCancel") : t("form.quantityToGiveBack")}>
          <input
            type="number"
            min={1}
            max={quantity}
            value={count}
            onChange={(e) => setCount(e.target.value)}
            className={fieldClass}
          />
        </Field>
      )}
      {kind === "exchange" && product && (
        <div className="grid grid-cols-2 gap-4">
          <Field label={t("form.newProduct")}>
            {select(
              catalogItemId,
              products.map((p) => ({ id: p.catalogItemId, name: p.name })),
              (id) => {
                const next = products.find((p) => p.catalogItemId === id)!;
                setCatalogItemId(id);
                setRegion(next.regions[0].id);
                setTerm(next.terms[0]);
                setBillingPlan(next.billingPlans[0]);
              },
            )}
          </Field>
          <Field label={t("form.newRegion")}>{select(region, product.regions, setRegion)}</Field>
          <Field label={t("form.newTerm")}>
            {select(
              term,
              product.terms.map((id) => ({ id, name: tc(`term.${id}`) })),
              setTerm,
            )}
          </Field>
          <Field label={t("form.newBillingFrequency")}>
            {select(
              billingPlan,
              product.billingPlans.map((id) => ({ id, name: tc(`billingPlan.${id}`) })),
              setBillingPlan,
            )}
          </Field>
          <Field label={t("form.newQuantity")}>
            <input
              type="number"
              min={1}
              value={newQuantity}
              onChange={(e) => setNewQuantity(e.target.value)}
              className={fieldClass}
            />
          </Field>
        </div>
      )}
      {kind === "renew" && (
        <fieldset className="flex gap-4">
          <legend className="font-semibold">{t("form.renewLegend")}</legend>
          {[true, false].map((value) => (
            <label key={String(value)} className="flex items-center gap-2">
              <input type="radio" name="renew" checked={renew === value} onChange={() => setRenew(value)} />
              {value ? t("form.renewYes") : t("form.renewNo")}
            </label>
          ))}
        </fieldset>
      )}
      {kind === "change_scope" && (
        <>
          <fieldset className="flex flex-wrap gap-4">
            <legend className="font-semibold">{t("form.scopeLegend")}</legend>
            {(["shared", "single", "resource_group"] as const).map((value) => (
              <label key={value} className="flex items-center gap-2">
                <input type="radio" name="scope" checked={scope === value} onChange={() => setScope(value)} />
                {t(`form.scope.${value}`)}
              </label>
            ))}
          </fieldset>
          {scope !== "shared" && (
            <Field label={t("form.subscription")}>
              {select(
                subscriptionId,
                subscriptions.map((s) => ({ id: s.subscriptionId, name: `${s.friendlyName} (${s.subscriptionId})` })),
                setSubscriptionId,
              )}
            </Field>
          )}
          {scope === "resource_group" && (
            <Field label={t("form.resourceGroupName")}>
              <input
                value={resourceGroup}
                onChange={(e) => setResourceGroup(e.target.value)}
                maxLength={90}
                className={fieldClass}
              />
            </Field>
          )}
        </>
      )}
      <Field label={t("form.message")}>
        <textarea
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          maxLength={1000}
          rows={3}
          className={fieldClass}
        />
      </Field>
      {error && (
        <p role="alert" className="rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
          {error}
        </p>
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("form.sending") : t("form.send")}
        </Button>
      </div>
    </form>
  );
}
