import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { RequestProduct } from "@/lib/reservation-requests/list-requests";
import type { AskedFor } from "@/lib/reservation-requests/request-details";
import { findProduct } from "@/lib/reservations/catalog";
import { regionName } from "@/lib/reservations/labels";

/** What requests ask and what they are about, in the reader's words: for the Requests pages of both sides. */
export async function getRequestWords() {
  const [t, tc, format] = await Promise.all([
    getTranslations("requests"),
    getTranslations("reservationCatalog"),
    getFormatter(),
  ]);

  /** "Cancel 1", "Exchange 2 for 1 × …", "Turn auto-renew on", "Change scope to shared". */
  function asked({ kind, details }: AskedFor): string {
    switch (kind) {
      case "cancel":
        return t("asked.cancel", { quantity: details.quantity });
      case "exchange": {
        const { target } = details;
        return t("asked.exchange", {
          quantity: details.quantity,
          newQuantity: target.quantity,
          product: findProduct(target.catalogItemId)?.name ?? target.catalogItemId,
          region: regionName(target.region),
          term: tc(`term.${target.term}`),
          plan: target.billingPlan,
        });
      }
      case "renew":
        return details.autoRenew ? t("asked.renewOn") : t("asked.renewOff");
      case "change_scope":
        return details.resourceGroup
          ? t("asked.changeScopeInGroup", { scope: details.scope, resourceGroup: details.resourceGroup })
          : t("asked.changeScope", { scope: details.scope });
    }
  }

  /** A reservation's product, or "Azure savings plan, 1.250 an hour". */
  function product(about: RequestProduct): string {
    if (about.kind === "reservation") return about.productName;
    const hourly = format.number(about.hourlyCommitmentMills / 1000, {
      minimumFractionDigits: 3,
      maximumFractionDigits: 3,
    });
    return t("savingsPlanProduct", { hourly });
  }

  return { asked, product };
}
