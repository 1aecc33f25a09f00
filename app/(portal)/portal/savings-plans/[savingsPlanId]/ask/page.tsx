import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AskPartnerForm } from "@/components/reservation-requests/ask-partner-form";
import { requireCustomerActor } from "@/lib/auth/current-actor";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { formatHourlyCommitment } from "@/lib/savings-plans/hourly-commitment";
import { listSavingsPlans } from "@/lib/savings-plans/list-savings-plans";
import { askPartnerAction } from "../../../requests/actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata() {
  const t = await getTranslations("portalSavingsPlans");
  return { title: t("ask.title") };
}

type Props = { params: Promise<{ savingsPlanId: string }>; searchParams: Promise<{ kind?: string }> };

/** A savings plan's two requests: renew it, or change its scope. Nobody can cancel or exchange a savings plan. */
export default async function AskAboutSavingsPlanPage({ params, searchParams }: Props) {
  const actor = await requireCustomerActor();
  const { savingsPlanId } = await params;
  const kind = (await searchParams).kind === "renew" ? "renew" : "change_scope";
  const plan = (await listSavingsPlans(actor.customerId)).find((p) => p.savingsPlanId === savingsPlanId.toLowerCase());
  if (!plan) notFound();
  const [t, locale] = await Promise.all([getTranslations("portalSavingsPlans"), getLocale()]);
  return (
    <ClientMessages namespaces={["requests", "reservationCatalog"]}>
      <>
        <Link href="/portal/savings-plans" className="text-brand hover:underline">
          {t("ask.back")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">
          {t(`ask.heading.${kind}`, { partner: actor.partnerName, name: plan.displayName })}
        </h1>
        <p className="mt-1 text-muted">
          {t.rich("ask.intro", {
            commitment: formatHourlyCommitment(plan.hourlyCommitmentMills, locale),
            currency: plan.currency,
            partner: actor.partnerName,
            link: (chunks) => (
              <Link href="/portal/requests" className="text-brand underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <AskPartnerForm
          kind={kind}
          subject={{ savingsPlanId: plan.savingsPlanId }}
          quantity={1}
          autoRenew={plan.autoRenew}
          products={[]}
          subscriptions={await billingSubscriptionOptions(actor, actor.customerId)}
          ask={askPartnerAction}
        />
      </>
    </ClientMessages>
  );
}
