import type { Metadata } from "next";
import Link from "next/link";
import { SavingsPlansTable } from "@/components/savings-plans/savings-plans-table";
import { buttonLinkClass } from "@/components/ui/button";
import { requireCustomerActor } from "@/lib/auth/current-actor";
import { listSavingsPlans } from "@/lib/savings-plans/list-savings-plans";

export const metadata: Metadata = { title: "Savings plans" };

export default async function MySavingsPlansPage() {
  const actor = await requireCustomerActor();
  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Savings plans</h1>
        <Link href="/portal/savings-plans/purchase" className={buttonLinkClass}>
          Purchase savings plan
        </Link>
      </div>
      <p className="mt-1 max-w-3xl text-muted">
        {actor.companyName}&apos;s Azure savings plans, bought by you, your colleagues or your partner,{" "}
        {actor.partnerName}. A savings plan can&apos;t be cancelled or exchanged; to change its scope or its renewal,
        ask {actor.partnerName} here.
      </p>
      <SavingsPlansTable plans={listSavingsPlans(actor.customerId)} askPartnerName={actor.partnerName} />
    </>
  );
}
