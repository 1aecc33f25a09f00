import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SavingsPlanPurchaseForm } from "@/components/savings-plans/savings-plan-purchase-form";
import { requireCustomerActor } from "@/lib/auth/current-actor";
import { savingsPlanPurchaseAllowed } from "@/lib/customer-permissions/purchase-permission-facts";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { partnerCurrency } from "@/lib/pricing/partner-currency";
import { submitPurchaseForApprovalAction } from "../../purchase-actions";
import { purchaseSavingsPlanAction, quoteSavingsPlanAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata() {
  const t = await getTranslations("portalSavingsPlans");
  return { title: t("purchase.title") };
}

export default async function PurchaseSavingsPlanPage() {
  const actor = await requireCustomerActor();
  const t = await getTranslations("portalSavingsPlans");
  return (
    <ClientMessages namespaces={["pricing", "purchaseApprovals", "reservations", "savingsPlans"]}>
      <>
        <Link href="/portal/savings-plans" className="text-brand hover:underline">
          {t("purchase.back")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("purchase.title")}</h1>
        <p className="mt-1 max-w-3xl text-muted">{t("purchase.intro", { partner: actor.partnerName })}</p>
        {!(await savingsPlanPurchaseAllowed(actor.customerId)) && (
          // Dark text on the warning yellow: the warning colour itself falls just short of 4.5:1 on it.
          <p className="mt-3 max-w-3xl rounded-sm border-l-4 border-warning bg-[#fff4ce] px-3 py-2">
            {t("purchase.notAllowed", { partner: actor.partnerName, company: actor.companyName })}
          </p>
        )}
        <SavingsPlanPurchaseForm
          subscriptions={await billingSubscriptionOptions(actor, actor.customerId)}
          currency={await partnerCurrency(actor.partnerId)}
          quote={quoteSavingsPlanAction}
          purchase={purchaseSavingsPlanAction}
          approvals={{ partnerName: actor.partnerName, submit: submitPurchaseForApprovalAction }}
        />
      </>
    </ClientMessages>
  );
}
