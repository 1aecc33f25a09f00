import { getFormatter, getTranslations } from "next-intl/server";
import type { NotRenewedReason } from "@/db/schema";

/**
 * A purchase's auto-renew as its details say it: on or off, or, when its renewal could not be billed at its end and so
 * did not happen (decision record 023), when and why.
 */
export async function autoRenewInWords(
  purchase: { autoRenew: boolean; notRenewedAt: Date | null; notRenewedReason: NotRenewedReason | null },
  /** The product's own sentence for it: French agrees it with the product's gender. */
  notRenewed: (values: { date: string; reason: string }) => string,
): Promise<string> {
  const [common, notifications, format] = await Promise.all([
    getTranslations("common"),
    getTranslations("notifications"),
    getFormatter(),
  ]);
  if (purchase.notRenewedAt && purchase.notRenewedReason) {
    return notRenewed({
      date: format.dateTime(purchase.notRenewedAt, { dateStyle: "medium" }),
      reason: notifications(`notRenewedReasons.${purchase.notRenewedReason}`),
    });
  }
  return purchase.autoRenew ? common("on") : common("off");
}
