"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Choice, fieldClass } from "@/components/manage/fields";
import { PurchaseForm, subscriptionText } from "@/components/purchases/purchase-form";
import type { PurchaseDoors } from "@/components/purchases/use-purchase-flow";
import { ScopeText } from "./reservation-words";
import { regionName } from "@/lib/reservations/labels";
import type { ReservationQuote } from "@/lib/reservations/purchase-reservation";
import type { ProductOption } from "@/lib/reservations/product-options";
import type { BillingSubscriptionOption } from "@/lib/reservations/billing-subscriptions";
import type { ReservationPurchaseResult } from "@/lib/reservations/reservation-purchase-result";

type ReservationChoice = {
  catalogItemId: string;
  region: string;
  term: string;
  billingPlan: string;
  /** As typed: the server takes digits and nothing else. */
  quantity: string;
};

/** Purchase reservations: a product, region, term, billing, quantity and scope, through the shared purchase flow. */
export function ReservationPurchaseForm({
  products,
  subscriptions,
  ...doors
}: PurchaseDoors<ReservationChoice, ReservationQuote, ReservationPurchaseResult> & {
  products: ProductOption[];
  subscriptions: BillingSubscriptionOption[];
}) {
  const t = useTranslations("reservations");
  const tc = useTranslations("reservationCatalog");
  const format = useFormatter();
  const [catalogItemId, setCatalogItemId] = useState(products[0]?.catalogItemId ?? "");
  const product = products.find((p) => p.catalogItemId === catalogItemId) ?? products[0];
  const [region, setRegion] = useState(product?.regions[0]?.id ?? "");
  const [term, setTerm] = useState<string>(product?.terms[0] ?? "P1Y");
  const [billingPlan, setBillingPlan] = useState<string>(product?.billingPlans[0] ?? "upfront");
  const [quantity, setQuantity] = useState("1");

  function chooseProduct(id: string) {
    const next = products.find((p) => p.catalogItemId === id)!;
    setCatalogItemId(id);
    if (!next.regions.some((r) => r.id === region)) setRegion(next.regions[0].id);
    if (!next.terms.includes(term as (typeof next.terms)[number])) setTerm(next.terms[0]);
    if (!next.billingPlans.includes(billingPlan as (typeof next.billingPlans)[number])) {
      setBillingPlan(next.billingPlans[0]);
    }
  }

  const groups = [...new Set(products.map((p) => p.category))];
  return (
    <PurchaseForm
      kind="reservation"
      choice={() => ({ catalogItemId, region, term, billingPlan, quantity })}
      doors={doors}
      subscriptions={subscriptions}
      words={{
        say: (word) => t(`purchase.${word}`),
        reviewPurchase: t("purchase.review"),
        reviewHeading: t("purchase.reviewHeading"),
        total: t("purchase.total"),
        listAndMargin: (amounts) => t("purchase.listPriceValue", amounts),
        bought: (done, monthly) =>
          monthly ? t("purchase.doneMonthly", { ...done, monthly }) : t("purchase.done", done),
      }}
      reviewRows={(review) => [
        { name: t("purchase.product"), value: review.productName },
        { name: t("purchase.region"), value: regionName(review.region) },
        { name: t("purchase.term"), value: tc(`term.${review.term}`) },
        { name: t("purchase.billing"), value: tc(`billingPlan.${review.billingPlan}`) },
        { name: t("purchase.quantityLabel"), value: format.number(review.quantity) },
        { name: t("purchase.billingSubscription"), value: subscriptionText(review.subscription) },
        { name: t("purchase.scope"), value: <ScopeText scope={review.scope} resourceGroup={review.resourceGroup} /> },
      ]}
    >
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
      <Choice label={t("purchase.region")} value={region} options={product.regions} onChange={setRegion} />
      <Choice
        label={t("purchase.term")}
        value={term}
        options={product.terms.map((id) => ({ id, name: tc(`term.${id}`) }))}
        onChange={setTerm}
      />
      <Choice
        label={t("purchase.billingFrequency")}
        value={billingPlan}
        options={product.billingPlans.map((id) => ({ id, name: tc(`billingPlan.${id}`) }))}
        onChange={setBillingPlan}
      />
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("purchase.quantity", { unit: tc(`unit.${product.unit}`) })}</span>
        <input
          type="number"
          min={1}
          max={product.maxQuantity}
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
          className={fieldClass}
        />
      </label>
    </PurchaseForm>
  );
}
