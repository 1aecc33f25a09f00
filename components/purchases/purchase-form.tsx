"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useDescribeMonthlyPayments } from "@/components/pricing/monthly-payments";
import { BillingSubscriptionSelect, ScopeFieldset } from "@/components/reservations/billing-and-scope-fields";
import { Button } from "@/components/ui/button";
import type { PurchaseKind, ReservationScope } from "@/db/schema";
import { formatMoney } from "@/lib/money";
import type { Submission } from "@/lib/purchase-approvals/submit-purchase";
import type { BillingSubscriptionOption } from "@/lib/reservations/billing-subscriptions";
import { PurchaseReview, type ReviewRow } from "./purchase-review";
import type { PurchaseWords } from "./purchase-words";
import { usePurchaseFlow, type BoughtPurchase, type PurchaseDoors, type QuotedPurchase } from "./use-purchase-flow";

/**
 * The purchase flow every purchase form shares, around the form's own fields: where the purchase applies (the
 * subscription billed and the scope), Review purchase, the review, and what came of it — bought, or submitted for
 * the partner's approval.
 */
export function PurchaseForm<Choice extends object, Quote extends QuotedPurchase, Bought extends BoughtPurchase>({
  kind,
  choice,
  doors,
  subscriptions,
  scopes,
  words,
  reviewRows,
  note,
  children,
}: {
  kind: PurchaseKind;
  /** What the form's own fields say now. */
  choice: () => Choice;
  doors: PurchaseDoors<Choice, Quote, Bought>;
  subscriptions: BillingSubscriptionOption[];
  /** The scopes in the order the form offers them: its default first. */
  scopes?: ReservationScope[];
  words: PurchaseWords;
  /** What was chosen, in the review's lines. */
  reviewRows: (quote: Quote) => ReviewRow[];
  /** What to know before buying, when there is something. */
  note?: string;
  /** The form's own fields. */
  children: React.ReactNode;
}) {
  const [billingSubscriptionId, setBillingSubscriptionId] = useState(subscriptions[0]?.subscriptionId ?? "");
  const [scope, setScope] = useState<string>(scopes?.[0] ?? "single");
  const [resourceGroup, setResourceGroup] = useState("");
  const flow = usePurchaseFlow(
    kind,
    () => ({
      ...choice(),
      billingSubscriptionId,
      scope,
      resourceGroup: scope === "resource_group" ? resourceGroup : undefined,
    }),
    doors,
  );

  if (flow.outcome) {
    return (
      <div className="mt-4 max-w-2xl rounded-sm border border-line p-5">
        {"bought" in flow.outcome ? (
          <Bought bought={flow.outcome.bought} words={words} />
        ) : (
          <Submitted submitted={flow.outcome.submitted} />
        )}
        <Button type="button" variant="secondary" className="mt-3" onClick={flow.startOver}>
          {words.say("buyAnother")}
        </Button>
      </div>
    );
  }

  return (
    <form
      onSubmit={flow.onReview}
      aria-label={words.say("formLabel")}
      className="mt-4 max-w-2xl space-y-4 rounded-sm border border-line p-5"
    >
      <div className="grid grid-cols-2 gap-4">
        {children}
        <BillingSubscriptionSelect
          subscriptions={subscriptions}
          value={billingSubscriptionId}
          onChange={setBillingSubscriptionId}
        />
      </div>
      <ScopeFieldset
        scope={scope}
        onScope={setScope}
        resourceGroup={resourceGroup}
        onResourceGroup={setResourceGroup}
        order={scopes}
      />
      {flow.error && (
        <p role="alert" className="rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
          {flow.error}
        </p>
      )}
      {flow.review ? (
        <PurchaseReview flow={flow} quote={flow.review} choice={reviewRows(flow.review)} note={note} words={words} />
      ) : (
        <Button type="submit" disabled={flow.pending}>
          {flow.pending ? words.say("checking") : words.reviewPurchase}
        </Button>
      )}
    </form>
  );
}

/** "Name (subscription id)": the subscription a purchase is billed to, as its review shows it. */
export function subscriptionText(subscription: { friendlyName: string; subscriptionId: string }): string {
  return `${subscription.friendlyName} (${subscription.subscriptionId})`;
}

function Bought({ bought, words }: { bought: BoughtPurchase; words: PurchaseWords }) {
  const locale = useLocale();
  const monthlyWords = useDescribeMonthlyPayments();
  const { displayName: name, orderId, currency } = bought;
  return (
    <p role="status" className="text-success">
      {words.bought(
        { name, total: formatMoney(bought.totalMinor, currency, locale), orderId },
        bought.monthly && monthlyWords(bought.monthly, currency),
      )}
    </p>
  );
}

/** Nothing was bought: the customer follows the submission, then its outcome, in their Requests. */
function Submitted({ submitted }: { submitted: Submission }) {
  const t = useTranslations("purchaseApprovals.review");
  const locale = useLocale();
  return (
    <>
      <p role="status" className="text-success">
        {t("submitted", { total: formatMoney(submitted.totalMinor, submitted.currency, locale) })}
      </p>
      {/* The darker brand blue: the portal's off-white background leaves the lighter one under 4.5:1. */}
      <p className="mt-1">
        <Link href="/portal/requests" className="text-brand-dark underline">
          {t("followInRequests")}
        </Link>
      </p>
    </>
  );
}
