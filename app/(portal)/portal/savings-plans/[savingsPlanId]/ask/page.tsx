import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AskPartnerForm } from "@/components/reservation-requests/ask-partner-form";
import { requireCustomerActor } from "@/lib/auth/current-actor";
import { requestKindWords } from "@/lib/reservation-requests/request-details";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { listSavingsPlans } from "@/lib/savings-plans/list-savings-plans";
import { formatHourlyCommitment } from "@/lib/savings-plans/savings-plan-rules";
import { askPartnerAction } from "../../../requests/actions";

export const metadata: Metadata = { title: "Ask your partner" };

type Props = { params: Promise<{ savingsPlanId: string }>; searchParams: Promise<{ kind?: string }> };

/** A savings plan's two requests: renew it, or change its scope. Nobody can cancel or exchange a savings plan. */
export default async function AskAboutSavingsPlanPage({ params, searchParams }: Props) {
  const actor = await requireCustomerActor();
  const { savingsPlanId } = await params;
  const kind = (await searchParams).kind === "renew" ? "renew" : "change_scope";
  const plan = listSavingsPlans(actor.customerId).find((p) => p.savingsPlanId === savingsPlanId.toLowerCase());
  if (!plan) notFound();
  return (
    <>
      <Link href="/portal/savings-plans" className="text-brand hover:underline">
        ← Savings plans
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">
        Ask {actor.partnerName} to {requestKindWords[kind]} {plan.displayName}
      </h1>
      <p className="mt-1 text-muted">
        Savings plan of {formatHourlyCommitment(plan.hourlyCommitmentMills)} {plan.currency} an hour.{" "}
        {actor.partnerName} carries it out, or tells you why not; the answer shows under Requests.
      </p>
      <AskPartnerForm
        kind={kind}
        subject={{ savingsPlanId: plan.savingsPlanId }}
        quantity={1}
        autoRenew={plan.autoRenew}
        products={[]}
        subscriptions={billingSubscriptionOptions(actor, actor.customerId)}
        ask={askPartnerAction}
      />
    </>
  );
}
