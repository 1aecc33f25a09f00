/**
 * Purchase controls as plain rules. What counts is a purchase's commitment: the whole amount the partner is committed
 * to pay for it at the partner's price, whether billed up front or monthly (a 3-year monthly reservation commits all
 * 36 payments; a savings plan, its hourly commitment times the hours of its term). A month is a calendar month in UTC.
 */

/** The most an amount of purchase controls may be: 1 billion in the partner's currency, in cents. */
export const largestControlAmountMinor = 100_000_000_000;

/** A customer's limit and approval amount, or the partner's defaults; null means none. */
export type PurchaseControlValues = { monthlyLimitMinor: number | null; approvalAboveMinor: number | null };

/** The calendar month (UTC) a moment falls in: from its first instant, up to the next month's first. */
export function monthOf(at: Date): { start: Date; end: Date } {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth();
  return { start: new Date(Date.UTC(year, month, 1)), end: new Date(Date.UTC(year, month + 1, 1)) };
}

/** What a customer may still commit this month, from its controls and what its own purchases committed so far. */
export type Allowance = PurchaseControlValues & {
  /** The month's own purchases so far (refunds do not give any of it back: decision record 028). */
  usedMinor: number;
  /** What is left of the monthly limit, never below zero; null without a limit. */
  leftMinor: number | null;
};

export function allowance(controls: PurchaseControlValues, usedMinor: number): Allowance {
  const { monthlyLimitMinor } = controls;
  return {
    ...controls,
    usedMinor,
    leftMinor: monthlyLimitMinor === null ? null : Math.max(0, monthlyLimitMinor - usedMinor),
  };
}

/** What happens to a purchase of a commitment: bought, refused for the limit, or held for the partner's approval. */
export type PurchaseVerdict =
  | { kind: "buy" }
  | { kind: "over_limit"; leftMinor: number; limitMinor: number }
  | { kind: "needs_approval"; approvalAboveMinor: number };

/**
 * The limit comes first: a purchase over what is left is refused outright, since approving it could not buy it either.
 * Approving skips the approval amount (that is what approving is) but never the limit.
 */
export function judgePurchase(
  commitmentMinor: number,
  allowed: Allowance,
  options: { approving: boolean } = { approving: false },
): PurchaseVerdict {
  if (allowed.leftMinor !== null && commitmentMinor > allowed.leftMinor) {
    return { kind: "over_limit", leftMinor: allowed.leftMinor, limitMinor: allowed.monthlyLimitMinor! };
  }
  if (!options.approving && allowed.approvalAboveMinor !== null && commitmentMinor > allowed.approvalAboveMinor) {
    return { kind: "needs_approval", approvalAboveMinor: allowed.approvalAboveMinor };
  }
  return { kind: "buy" };
}

/** What approving would leave of the month's limit: null without a limit; negative when it would pass it. */
export function leftAfter(commitmentMinor: number, allowed: Allowance): number | null {
  return allowed.monthlyLimitMinor === null ? null : allowed.monthlyLimitMinor - allowed.usedMinor - commitmentMinor;
}
