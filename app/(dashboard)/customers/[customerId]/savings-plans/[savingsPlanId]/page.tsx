import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AutoRenewForm } from "@/components/savings-plans/auto-renew-form";
import { ActionForm } from "@/components/ui/action-form";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { can } from "@/lib/access/roles";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getCustomer } from "@/lib/customers/find-customer";
import { formatMoney } from "@/lib/money";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { listSavingsPlans } from "@/lib/savings-plans/list-savings-plans";
import { formatHourlyCommitment } from "@/lib/savings-plans/hourly-commitment";
import { changeSavingsPlanScopeAction, setSavingsPlanAutoRenewAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata() {
  const t = await getTranslations("savingsPlans");
  return { title: t("manage.title") };
}

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

type Params = { params: Promise<{ customerId: string; savingsPlanId: string }> };

/** A savings plan's details and what the partner can change: its scope and its renewal (no cancel, no exchange). */
export default async function ManageSavingsPlanPage({ params }: Params) {
  const actor = await requirePartnerActor();
  const { customerId, savingsPlanId } = await params;
  const customer = await getCustomer(actor, customerId);
  if (!customer) notFound();
  const plan = (await listSavingsPlans(customer.id)).find((p) => p.savingsPlanId === savingsPlanId.toLowerCase());
  if (!plan) notFound();
  const [t, common, tNotifications, format, locale] = await Promise.all([
    getTranslations("savingsPlans"),
    getTranslations("common"),
    getTranslations("notifications"),
    getFormatter(),
    getLocale(),
  ]);
  const subscriptions = await billingSubscriptionOptions(actor, customer.id);
  const details: [string, React.ReactNode][] = [
    [t("manage.details.savingsPlanId"), <span className="font-mono text-xs">{plan.savingsPlanId}</span>],
    [t("manage.details.orderId"), <span className="font-mono text-xs">{plan.orderNumber}</span>],
    [
      t("manage.details.hourlyCommitment"),
      t("anHour", { amount: formatHourlyCommitment(plan.hourlyCommitmentMills, locale), currency: plan.currency }),
    ],
    [t("manage.details.term"), t(`term.${plan.term}`)],
    [t("manage.details.billingFrequency"), t(`billingPlan.${plan.billingPlan}`)],
    [t("manage.details.scope"), t(`scope.${plan.scope}`, { resourceGroup: plan.resourceGroup ?? "" })],
    [t("manage.details.start"), <LocalDateTime iso={plan.createdAt.toISOString()} />],
    [t("manage.details.expires"), <LocalDateTime iso={plan.expiresAt.toISOString()} />],
    [
      t("manage.details.autoRenew"),
      // A renewal that could not be billed at its end did not happen (decision record 023): say when and why.
      plan.notRenewedAt && plan.notRenewedReason
        ? t("manage.notRenewed", {
            date: format.dateTime(plan.notRenewedAt, { dateStyle: "medium" }),
            reason: tNotifications(`notRenewedReasons.${plan.notRenewedReason}`),
          })
        : plan.autoRenew
          ? common("on")
          : common("off"),
    ],
    [t("manage.details.status"), t(`state.${plan.state}`)],
    [t("manage.details.purchasedBy"), `${plan.purchasedByName ?? plan.purchasedBy} (${t(`channel.${plan.channel}`)})`],
    [t("manage.details.price"), formatMoney(plan.priceMinor, plan.currency, locale)],
  ];
  return (
    <ClientMessages namespaces={["savingsPlans"]}>
      <>
        <Link href={`/customers/${customer.tenantId}/savings-plans`} className="text-brand hover:underline">
          {t("manage.back")}
        </Link>
        <h1 className="mt-2 text-xl font-semibold">{plan.displayName}</h1>
        <dl className="mt-4 grid max-w-3xl grid-cols-[12rem_1fr] gap-y-1">
          {details.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="text-muted">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {plan.state !== "active" ? (
          <p className="mt-6 text-muted">{t("manage.expired")}</p>
        ) : !can(actor.role, "manageReservations") ? (
          <p className="mt-6 text-muted">{t("manage.readOnly")}</p>
        ) : (
          <div className="mt-6 grid max-w-4xl gap-6">
            <section aria-labelledby="savings-plan-scope-heading" className="rounded-sm border border-line p-5">
              <h2 id="savings-plan-scope-heading" className="text-lg font-semibold">
                {t("manage.changeScope")}
              </h2>
              <ActionForm
                action={changeSavingsPlanScopeAction}
                customerId={customer.tenantId}
                successMessage={t("manage.scopeChanged")}
                submitLabel={t("manage.changeScope")}
                className="mt-3 flex flex-wrap items-end gap-3"
              >
                <input type="hidden" name="savingsPlanId" value={plan.savingsPlanId} />
                <label className="flex flex-col gap-1">
                  <span className="font-semibold">{t("manage.scopeField")}</span>
                  <select name="scope" defaultValue={plan.scope} className={fieldClass}>
                    <option value="shared">{t("manage.scopeOption.shared")}</option>
                    <option value="single">{t("manage.scopeOption.single")}</option>
                    <option value="resource_group">{t("manage.scopeOption.resource_group")}</option>
                  </select>
                </label>
                <label className="flex flex-col gap-1">
                  <span className="font-semibold">{t("manage.subscriptionField")}</span>
                  <select name="subscriptionId" className={fieldClass}>
                    {subscriptions.map((s) => (
                      <option key={s.subscriptionId} value={s.subscriptionId}>
                        {`${s.friendlyName} (${s.subscriptionId})`}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="flex flex-col gap-1">
                  <span className="font-semibold">{t("manage.resourceGroupField")}</span>
                  <input
                    name="resourceGroup"
                    defaultValue={plan.resourceGroup ?? ""}
                    maxLength={90}
                    className={fieldClass}
                  />
                </label>
              </ActionForm>
            </section>
            <section aria-labelledby="savings-plan-renewal-heading" className="rounded-sm border border-line p-5">
              <h2 id="savings-plan-renewal-heading" className="text-lg font-semibold">
                {t("manage.renewal")}
              </h2>
              <p className="mt-1 text-muted">{t("manage.renewalHelp")}</p>
              <AutoRenewForm
                customerId={customer.tenantId}
                savingsPlanId={plan.savingsPlanId}
                autoRenew={plan.autoRenew}
                setAutoRenew={setSavingsPlanAutoRenewAction}
              />
            </section>
          </div>
        )}
      </>
    </ClientMessages>
  );
}
