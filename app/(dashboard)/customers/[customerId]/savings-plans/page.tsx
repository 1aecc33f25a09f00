import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SavingsPlanPurchaseForm } from "@/components/savings-plans/savings-plan-purchase-form";
import { SavingsPlansTable } from "@/components/savings-plans/savings-plans-table";
import { can } from "@/lib/access/roles";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getCustomer } from "@/lib/customers/find-customer";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { listSavingsPlans } from "@/lib/savings-plans/list-savings-plans";
import { partnerCurrency } from "@/lib/pricing/partner-currency";
import { purchaseSavingsPlanAction, quoteSavingsPlanAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata() {
  const t = await getTranslations("savingsPlans");
  return { title: t("customerPage.title") };
}

export default async function CustomerSavingsPlansPage({ params }: { params: Promise<{ customerId: string }> }) {
  const actor = await requirePartnerActor();
  const customer = await getCustomer(actor, (await params).customerId);
  if (!customer) notFound();
  const t = await getTranslations("savingsPlans");
  return (
    <ClientMessages namespaces={["pricing", "purchaseApprovals", "reservations", "savingsPlans"]}>
      <>
        <h1 className="text-xl font-semibold">{t("customerPage.title")}</h1>
        <p className="mt-1 max-w-3xl text-muted">{t("customerPage.intro", { customer: customer.companyName })}</p>
        <SavingsPlansTable
          plans={await listSavingsPlans(customer.id)}
          manageBase={`/customers/${customer.tenantId}/savings-plans`}
        />
        {can(actor.role, "buyOnBehalf") ? (
          <section aria-labelledby="buy-savings-plan-heading" className="mt-8">
            <h2 id="buy-savings-plan-heading" className="text-lg font-semibold">
              {t("customerPage.buyHeading", { customer: customer.companyName })}
            </h2>
            <p className="mt-1 text-muted">
              {t.rich("customerPage.buyIntro", {
                link: (chunks) => (
                  <Link href="/pricing" className="text-brand underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
            <SavingsPlanPurchaseForm
              subscriptions={await billingSubscriptionOptions(actor, customer.id)}
              currency={await partnerCurrency(actor.partnerId)}
              customerId={customer.tenantId}
              quote={quoteSavingsPlanAction}
              purchase={purchaseSavingsPlanAction}
            />
          </section>
        ) : (
          <p className="mt-6 text-muted">{t("customerPage.onlyAdmins")}</p>
        )}
      </>
    </ClientMessages>
  );
}
