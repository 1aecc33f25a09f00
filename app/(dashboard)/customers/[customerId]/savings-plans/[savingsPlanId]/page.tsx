import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { autoRenewInWords } from "@/components/manage/auto-renew-in-words";
import { AutoRenewSection } from "@/components/manage/auto-renew-section";
import { fieldClass } from "@/components/manage/fields";
import { ManagePage, type Detail } from "@/components/manage/manage-page";
import { ManageSection } from "@/components/manage/manage-section";
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

type Params = { params: Promise<{ customerId: string; savingsPlanId: string }> };

/** A savings plan's details and what the partner can change: its scope and its renewal (no cancel, no exchange). */
export default async function ManageSavingsPlanPage({ params }: Params) {
  const actor = await requirePartnerActor();
  const { customerId, savingsPlanId } = await params;
  const customer = await getCustomer(actor, customerId);
  if (!customer) notFound();
  const plan = (await listSavingsPlans(customer.id)).find((p) => p.savingsPlanId === savingsPlanId.toLowerCase());
  if (!plan) notFound();
  const [t, locale] = await Promise.all([getTranslations("savingsPlans"), getLocale()]);
  const subscriptions = await billingSubscriptionOptions(actor, customer.id);
  const details: Detail[] = [
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
    [t("manage.details.autoRenew"), await autoRenewInWords(plan, (values) => t("manage.notRenewed", values))],
    [t("manage.details.status"), t(`state.${plan.state}`)],
    [t("manage.details.purchasedBy"), `${plan.purchasedByName ?? plan.purchasedBy} (${t(`channel.${plan.channel}`)})`],
    [t("manage.details.price"), formatMoney(plan.priceMinor, plan.currency, locale)],
  ];
  return (
    <ClientMessages namespaces={["manage"]}>
      <ManagePage
        back={{ href: `/customers/${customer.tenantId}/savings-plans`, label: t("manage.back") }}
        title={plan.displayName}
        details={details}
        ended={plan.state === "active" ? null : t("manage.expired")}
        readOnly={can(actor.role, "manageCustomerPurchases") ? null : t("manage.readOnly")}
      >
        <ManageSection id="scope-heading" title={t("manage.changeScope")}>
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
        </ManageSection>
        <AutoRenewSection
          customerId={customer.tenantId}
          autoRenew={plan.autoRenew}
          setAutoRenew={setSavingsPlanAutoRenewAction.bind(null, plan.savingsPlanId)}
          intro={t("manage.renewalHelp")}
        />
      </ManagePage>
    </ClientMessages>
  );
}
