import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { PurchaseKind } from "@/db/schema";
import { formatMoney } from "@/lib/money";
import type { SubmittedItem } from "@/lib/purchase-approvals/list-purchase-approvals";
import { regionName } from "@/lib/reservations/labels";
import { formatHourlyCommitment } from "@/lib/savings-plans/hourly-commitment";

/** Submitted purchases in the reader's words: for the partner's Requests inbox and the customer's Requests alike. */
export async function getPurchaseWords() {
  const [t, tc, locale] = await Promise.all([
    getTranslations("purchaseApprovals.inbox"),
    getTranslations("reservationCatalog"),
    getLocale(),
  ]);

  /** "2 × Standard_D2s_v5, West US 2, 1 year, billed upfront" or "Azure savings plan, 1.250 USD/hour, 3 years, …". */
  function what(kind: PurchaseKind, item: SubmittedItem | null, currency: string): string {
    // A submission kept from before the catalogue changed: approving refuses it, the partner declines it.
    if (!item) return t("item.noLongerSold", { kind });
    const term = tc(`term.${item.term}`);
    if (item.kind === "reservation") {
      return t("item.reservation", {
        quantity: item.quantity,
        product: item.productName,
        region: regionName(item.region),
        term,
        plan: item.billingPlan,
      });
    }
    return t("item.savingsPlan", {
      hourly: formatHourlyCommitment(item.hourlyCommitmentMills, locale),
      currency,
      term,
      plan: item.billingPlan,
    });
  }

  const money = (amountMinor: number, currency: string) => formatMoney(amountMinor, currency, locale);

  return { what, money };
}
