import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { TableHead } from "@/components/ui/table-head";
import { formatMoney } from "@/lib/money";
import type { SavingsPlanRow } from "@/lib/savings-plans/list-savings-plans";
import { formatHourlyCommitment } from "@/lib/savings-plans/hourly-commitment";

/**
 * A customer's savings plans, for the partner (with Manage) and for the customer alike (who may ask the partner to
 * renew one or change its scope: nobody can cancel or exchange a savings plan).
 */
export function SavingsPlansTable({
  plans,
  manageBase,
  askPartnerName,
}: {
  plans: SavingsPlanRow[];
  manageBase?: string;
  askPartnerName?: string;
}) {
  const t = useTranslations("savingsPlans");
  const common = useTranslations("common");
  const locale = useLocale();
  if (plans.length === 0) return <p className="mt-4">{t("table.empty")}</p>;
  return (
    <table className="mt-4 w-full border-collapse text-left">
      <TableHead
        columns={[
          t("table.columns.name"),
          t("table.columns.commitment"),
          t("table.columns.term"),
          t("table.columns.scope"),
          t("table.columns.purchasedBy"),
          t("table.columns.price"),
          t("table.columns.start"),
          t("table.columns.expires"),
          t("table.columns.autoRenew"),
          t("table.columns.status"),
          askPartnerName && t("table.columns.ask"),
        ]}
      />
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.savingsPlanId} className="border-b border-line align-top">
            <td className="py-2 pr-4">
              {manageBase ? (
                <Link href={`${manageBase}/${plan.savingsPlanId}`} className="text-brand hover:underline">
                  {plan.displayName}
                  <span className="sr-only"> {t("table.manage")}</span>
                </Link>
              ) : (
                plan.displayName
              )}
            </td>
            <td className="py-2 pr-4">
              {t("perHour", {
                amount: formatHourlyCommitment(plan.hourlyCommitmentMills, locale),
                currency: plan.currency,
              })}
            </td>
            <td className="py-2 pr-4">
              {t(`term.${plan.term}`)}, {t(`billedAs.${plan.billingPlan}`)}
            </td>
            <td className="py-2 pr-4">{t(`scope.${plan.scope}`, { resourceGroup: plan.resourceGroup ?? "" })}</td>
            <td className="py-2 pr-4">
              {plan.purchasedByName ?? plan.purchasedBy}
              <span className="block text-xs text-muted">{t(`channel.${plan.channel}`)}</span>
            </td>
            <td className="py-2 pr-4">{formatMoney(plan.priceMinor, plan.currency, locale)}</td>
            <td className="py-2 pr-4">
              <LocalDateTime iso={plan.createdAt.toISOString()} />
            </td>
            <td className="py-2 pr-4">
              <LocalDateTime iso={plan.expiresAt.toISOString()} />
            </td>
            <td className="py-2 pr-4">{plan.autoRenew ? common("on") : common("off")}</td>
            <td className="py-2 pr-4">
              <StatusBadge tone={plan.state === "active" ? "success" : "neutral"}>
                {t(`state.${plan.state}`)}
              </StatusBadge>
            </td>
            {askPartnerName && (
              <td className="py-2 pr-4">
                {plan.state === "active" && (
                  // Small text, but each link a 24 px target at least (WCAG 2.2, 2.5.8 Target Size).
                  <ul className="space-y-0.5 text-xs">
                    {(["change_scope", "renew"] as const).map((kind) => (
                      <li key={kind}>
                        <Link
                          href={`/portal/savings-plans/${plan.savingsPlanId}/ask?kind=${kind}`}
                          className="inline-flex min-h-6 items-center text-brand hover:underline"
                        >
                          {t.rich(`table.ask.${kind}`, {
                            partner: askPartnerName,
                            name: plan.displayName,
                            hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                          })}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
