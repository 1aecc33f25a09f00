/** How long a submitted purchase keeps its quoted price: approved later, it is bought at the partner's price of then. */
const quoteHeldFor = 7 * 24 * 60 * 60 * 1000;

/** Whether approving at `at` buys at the price quoted when it was submitted. */
export function atQuotedPrice(submittedAt: Date, at: Date): boolean {
  return at.getTime() - submittedAt.getTime() <= quoteHeldFor;
}
