"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState, useTransition } from "react";
import type { PurchaseKind } from "@/db/schema";
import type { ActionResult, DescribedFailure } from "@/lib/i18n/describe";
import { newIdempotencyKey } from "@/lib/orders/new-idempotency-key";
import type { MonthlyPayments } from "@/lib/pricing/customer-price";
import type { Submission } from "@/lib/purchase-approvals/submit-purchase";
import type { ControlsInReview } from "@/lib/purchases/buy";

/** What the review of any purchase shows besides what was chosen: the figures and a customer's purchase controls. */
export type QuotedPurchase = {
  currency: string;
  totalMinor: number;
  monthly: MonthlyPayments | null;
  listTotalMinor: number | null;
  controls: ControlsInReview | null;
};

/** What any purchase answers once bought. */
export type BoughtPurchase = {
  orderId: string;
  displayName: string;
  currency: string;
  totalMinor: number;
  monthly: MonthlyPayments | null;
};

/** In the customer's own area: where a purchase above the partner's approval amount goes instead of being bought. */
type ApprovalRoute = {
  partnerName: string;
  submit: (input: { kind: PurchaseKind; idempotencyKey: string }) => Promise<ActionResult<Submission>>;
};

/** Where any purchase applies: the subscription billed, and what the discount covers. */
type BillingAndScope = { billingSubscriptionId: string; scope: string; resourceGroup?: string };

/** What a purchase form sends: its own fields' choice, where it applies, and the customer on the partner side. */
type PurchaseInput<Choice> = Choice & BillingAndScope & { customerId?: string };

/** What a page hands a purchase form: its server actions, and whom it buys for. */
export type PurchaseDoors<Choice, Quote, Bought> = {
  quote: (input: PurchaseInput<Choice>) => Promise<ActionResult<Quote>>;
  purchase: (
    input: PurchaseInput<Choice> & { expectedTotalMinor: number; idempotencyKey: string },
  ) => Promise<ActionResult<Bought>>;
  /** The customer bought for, on the partner side; a customer user buys for their own. */
  customerId?: string;
  /** A customer user's purchases above the partner's approval amount go there. */
  approvals?: ApprovalRoute;
};

type PurchaseOutcome<Bought> = { bought: Bought } | { submitted: Submission };

/** A refusal as the form shows it: what is wrong with each field when the server says so, else its message. */
function refusalText(refusal: DescribedFailure): string {
  return refusal.fieldErrors ? Object.values(refusal.fieldErrors).flat().join(" ") : refusal.message;
}

/**
 * Choose → review (the server checks every rule and prices it from the partner's price list) → buy, or submit for
 * approval (the server checks and prices it again: the review is information, never a promise the client can replay).
 */
export function usePurchaseFlow<Choice extends object, Quote extends QuotedPurchase, Bought>(
  kind: PurchaseKind,
  /** What the form's fields say now. */
  choice: () => Choice & BillingAndScope,
  { quote, purchase, customerId, approvals }: PurchaseDoors<Choice, Quote, Bought>,
) {
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [reviewed, setReviewed] = useState<Reviewed<PurchaseInput<Choice>, Quote> | null>(null);
  const [outcome, setOutcome] = useState<PurchaseOutcome<Bought> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input: PurchaseInput<Choice> = { ...choice(), customerId };
  // A review stands for the choice it was made for: once a field says otherwise, it is no longer shown or bought.
  const review = reviewed && JSON.stringify(reviewed.input) === JSON.stringify(input) ? reviewed : null;

  function send<T>(call: () => Promise<ActionResult<T>>, done: (data: T) => void) {
    setError(null);
    startTransition(async () => {
      const result = await call();
      if (result.ok) done(result.data);
      else setError(refusalText(result));
    });
  }

  function sendReviewed<T>(
    call: (review: Reviewed<PurchaseInput<Choice>, Quote>) => Promise<ActionResult<T>>,
    done: (data: T) => void,
  ) {
    if (!review) return;
    send(async () => {
      const result = await call(review);
      // Whatever the answer, the review no longer holds: bought, submitted, a changed price or a refused rule.
      setReviewed(null);
      return result;
    }, done);
  }

  return {
    approvals,
    review: review?.quote ?? null,
    outcome,
    error,
    pending,
    dropReview: () => setReviewed(null),
    onReview(event: React.FormEvent) {
      event.preventDefault();
      send(
        () => quote(input),
        // Each review gets its own idempotency key: its Buy (or Submit) sent twice, by a double click or a retry,
        // counts once, while the same choice after a new review is a new purchase.
        (figures) => setReviewed({ input, quote: figures, idempotencyKey: newIdempotencyKey() }),
      );
    },
    buy() {
      sendReviewed(
        (review) =>
          purchase({
            ...review.input,
            expectedTotalMinor: review.quote.totalMinor,
            idempotencyKey: review.idempotencyKey,
          }),
        (bought) => {
          setOutcome({ bought });
          if (customerId) queryClient.removeQueries({ queryKey: ["customers", customerId] });
        },
      );
    },
    submitForApproval() {
      if (!approvals) return;
      sendReviewed(
        (review) => approvals.submit({ ...review.input, kind, idempotencyKey: review.idempotencyKey }),
        (submitted) => setOutcome({ submitted }),
      );
    },
    startOver: () => setOutcome(null),
  };
}

/** A review, with the choice it was made for and the key its Buy or Submit is sent with. */
type Reviewed<Input, Quote> = { input: Input; quote: Quote; idempotencyKey: string };

export type PurchaseFlow<Quote extends QuotedPurchase, Bought> = ReturnType<
  typeof usePurchaseFlow<object, Quote, Bought>
>;
