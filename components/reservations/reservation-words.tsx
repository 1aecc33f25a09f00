import { useTranslations } from "next-intl";
import type { BillingPlan, ReservationScope, ReservationTerm } from "@/db/schema";

// Small pieces of a reservation in the reader's words, for the tables of both sides (client or sync server parts).

/** "Shared", "Single subscription", or "Resource group: rg-name". */
export function ScopeText({ scope, resourceGroup }: { scope: ReservationScope; resourceGroup: string | null }) {
  const t = useTranslations("reservations");
  return scope === "resource_group" ? t("scopeInGroup", { resourceGroup: resourceGroup ?? "" }) : t(`scope.${scope}`);
}

/** "1 year, upfront". */
export function TermAndPlan({ term, billingPlan }: { term: ReservationTerm; billingPlan: BillingPlan }) {
  const t = useTranslations("reservationCatalog");
  return t(`termWithPlan.${billingPlan}`, { term: t(`term.${term}`) });
}
