"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Choice, fieldClass } from "@/components/manage/fields";
import { PurchaseForm, subscriptionText } from "@/components/purchases/purchase-form";
import type { PurchaseDoors } from "@/components/purchases/use-purchase-flow";
import { decimalAsTyped, decimalFromTyped } from "@/lib/pricing/typed-decimal";
import type { BillingSubscriptionOption } from "@/lib/reservations/billing-subscriptions";
import type { SavingsPlanPurchaseResult, SavingsPlanQuote } from "@/lib/savings-plans/purchase-savings-plan";
import { formatHourlyCommitment, hourlyCommitmentLimits } from "@/lib/savings-plans/hourly-commitment";

type SavingsPlanChoice = {
  hourlyCommitment: string;
  term: string;
  billingPlan: string;
};

/** Purchase savings plan: an hourly commitment, term, billing and scope, through the shared purchase flow. */
export function SavingsPlanPurchaseForm({
  subscriptions,
  currency,
  ...doors
}: PurchaseDoors<SavingsPlanChoice, SavingsPlanQuote, SavingsPlanPurchaseResult> & {
  subscriptions: BillingSubscriptionOption[];
  /** The partner's currency, the commitment's. */
  currency: string;
}) {
  const t = useTranslations("savingsPlans");
  const locale = useLocale();
  const [hourlyCommitment, setHourlyCommitment] = useState(() => decimalAsTyped("1.000", locale));
  const [term, setTerm] = useState("P1Y");
  const [billingPlan, setBillingPlan] = useState("monthly");

  return (
    <PurchaseForm
      kind="savings_plan"
      choice={() => ({ hourlyCommitment: decimalFromTyped(hourlyCommitment, locale), term, billingPlan })}
      doors={doors}
      subscriptions={subscriptions}
      scopes={["shared", "single", "resource_group"]}
      words={{
        say: (word) => t(`purchase.${word}`),
        reviewPurchase: t("purchase.reviewPurchase"),
        reviewHeading: t("purchase.review"),
        total: t("purchase.reviewTotal"),
        listAndMargin: (amounts) => t("purchase.listAndMargin", amounts),
        bought: (done, monthly) =>
          monthly ? t("purchase.doneMonthly", { ...done, payments: monthly }) : t("purchase.done", done),
      }}
      reviewRows={(review) => [
        {
          name: t("purchase.reviewCommitment"),
          value: t("anHour", {
            amount: formatHourlyCommitment(review.hourlyCommitmentMills, locale),
            currency: review.currency,
          }),
        },
        { name: t("purchase.reviewTerm"), value: t(`term.${review.term}`) },
        { name: t("purchase.reviewBilling"), value: t(`billingPlan.${review.billingPlan}`) },
        { name: t("purchase.reviewBillingSubscription"), value: subscriptionText(review.subscription) },
        {
          name: t("purchase.reviewScope"),
          value: t(`scope.${review.scope}`, { resourceGroup: review.resourceGroup ?? "" }),
        },
      ]}
      note={t("purchase.final")}
    >
      <label className="col-span-2 flex flex-col gap-1">
        <span className="font-semibold">{t("purchase.hourlyCommitment", { currency })}</span>
        <input
          value={hourlyCommitment}
          onChange={(e) => setHourlyCommitment(e.target.value)}
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
      <Choice
        label={t("purchase.term")}
        value={term}
        options={(["P1Y", "P3Y"] as const).map((id) => ({ id, name: t(`term.${id}`) }))}
        onChange={setTerm}
      />
      <Choice
        label={t("purchase.billingFrequency")}
        value={billingPlan}
        options={(["monthly", "upfront"] as const).map((id) => ({ id, name: t(`billingPlan.${id}`) }))}
        onChange={setBillingPlan}
      />
    </PurchaseForm>
  );
}
