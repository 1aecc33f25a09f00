"use client";

import { useLocale, useTranslations } from "next-intl";
import { Fragment, useId } from "react";
import { useDescribeMonthlyPayments } from "@/components/pricing/monthly-payments";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/lib/money";
import type { PurchaseWords } from "./purchase-words";
import type { PurchaseFlow, QuotedPurchase } from "./use-purchase-flow";

/** One line of what was chosen, as the review shows it. */
export type ReviewRow = { name: string; value: React.ReactNode };

/**
 * What would be bought and what it costs, then Buy — or, for a customer user above the partner's approval amount,
 * Submit for approval, since such a purchase is not bought until the partner approves it.
 */
export function PurchaseReview<Quote extends QuotedPurchase, Bought>({
  flow,
  quote,
  choice,
  note,
  words,
}: {
  flow: PurchaseFlow<Quote, Bought>;
  quote: Quote;
  choice: ReviewRow[];
  /** What to know before buying, when there is something. */
  note?: string;
  words: PurchaseWords;
}) {
  const t = useTranslations("purchaseApprovals.review");
  const locale = useLocale();
  const monthlyWords = useDescribeMonthlyPayments();
  const headingId = useId();
  const money = (amountMinor: number) => formatMoney(amountMinor, quote.currency, locale);
  const { controls } = quote;
  const approval =
    flow.approvals && controls?.needsApproval && controls.approvalAboveMinor !== null
      ? { above: money(controls.approvalAboveMinor), partner: flow.approvals.partnerName }
      : null;
  const figures: (ReviewRow & { bold?: boolean })[] = [
    ...choice,
    { name: words.total, value: money(quote.totalMinor), bold: true },
  ];
  if (quote.monthly)
    figures.push({ name: words.say("billedMonthly"), value: monthlyWords(quote.monthly, quote.currency) });
  if (quote.listTotalMinor !== null) {
    figures.push({
      name: words.say("listPrice"),
      value: words.listAndMargin({
        list: money(quote.listTotalMinor),
        margin: money(quote.totalMinor - quote.listTotalMinor),
      }),
    });
  }

  return (
    <section aria-labelledby={headingId} className="rounded-sm bg-nav p-4">
      <h3 id={headingId} className="font-semibold">
        {words.reviewHeading}
      </h3>
      <dl className="mt-2 grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1">
        {figures.map((row) => (
          <Fragment key={row.name}>
            <dt className="text-muted">{row.name}</dt>
            <dd className={row.bold ? "font-semibold" : undefined}>{row.value}</dd>
          </Fragment>
        ))}
      </dl>
      {note && <p className="mt-2 text-muted">{note}</p>}
      {controls && controls.limitMinor !== null && controls.leftMinor !== null && (
        <p className="mt-2">
          {t("leftThisMonth", { left: money(controls.leftMinor), limit: money(controls.limitMinor) })}
        </p>
      )}
      {approval && <p className="mt-2">{t("approvalFirst", approval)}</p>}
      <div className="mt-4 flex gap-2">
        {approval ? (
          <Button type="button" onClick={flow.submitForApproval} disabled={flow.pending}>
            {flow.pending ? t("submitting") : t("submit")}
          </Button>
        ) : (
          <Button type="button" onClick={flow.buy} disabled={flow.pending}>
            {flow.pending ? words.say("buying") : words.say("buy")}
          </Button>
        )}
        <Button type="button" variant="secondary" onClick={flow.dropReview}>
          {words.say("change")}
        </Button>
      </div>
    </section>
  );
}
