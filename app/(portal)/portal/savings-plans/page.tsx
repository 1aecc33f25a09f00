import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SavingsPlansTable } from "@/components/savings-plans/savings-plans-table";
import { buttonLinkClass } from "@/components/ui/button";
import { requireCustomerActor } from "@/lib/auth/current-actor";
import { listSavingsPlans } from "@/lib/savings-plans/list-savings-plans";

export async function generateMetadata() {
  const t = await getTranslations("portalSavingsPlans");
  return { title: t("list.title") };
}

export default async function MySavingsPlansPage() {
  const actor = await requireCustomerActor();
  const t = await getTranslations("portalSavingsPlans");
  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("list.title")}</h1>
        <Link href="/portal/savings-plans/purchase" className={buttonLinkClass}>
          {t("list.purchase")}
        </Link>
      </div>
      <p className="mt-1 max-w-3xl text-muted">
        {t("list.intro", { company: actor.companyName, partner: actor.partnerName })}
      </p>
      <SavingsPlansTable plans={await listSavingsPlans(actor.customerId)} askPartnerName={actor.partnerName} />
    </>
  );
}
