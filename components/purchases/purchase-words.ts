/** The words of the steps every purchase shares that both kinds name alike in their catalogues, under "purchase.". */
type SharedWord = "formLabel" | "checking" | "billedMonthly" | "listPrice" | "buy" | "buying" | "change" | "buyAnother";

/** A purchase form's words for the shared steps: each kind keeps them in its own catalogue. */
export type PurchaseWords = {
  say: (word: SharedWord) => string;
  /** The button that asks for the review. */
  reviewPurchase: string;
  reviewHeading: string;
  total: string;
  listAndMargin: (amounts: { list: string; margin: string }) => string;
  /** "Purchase complete: …", with the monthly payments when it is billed monthly. */
  bought: (done: { name: string; total: string; orderId: string }, monthly: string | null) => string;
};
