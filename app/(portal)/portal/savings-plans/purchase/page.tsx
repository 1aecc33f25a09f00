import type { Metadata } from "next";
import Link from "next/link";
import { SavingsPlanPurchaseForm } from "@/components/savings-plans/savings-plan-purchase-form";
import { requireCustomerActor } from "@/lib/auth/current-actor";
import { savingsPlanPurchaseAllowed } from "@/lib/customer-permissions/purchase-permission-facts";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { partnerCurrency } from "@/lib/savings-plans/partner-currency";
import { purchaseSavingsPlanAction, quoteSavingsPlanAction } from "../actions";

export const metadata: Metadata = { title: "Purchase savings plan" };

export default async function PurchaseSavingsPlanPage() {
  const actor = await requireCustomerActor();
  return (
    <>
      <Link href="/portal/savings-plans" className="text-brand hover:underline">
        ← Savings plans
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">Purchase savings plan</h1>
      <p className="mt-1 max-w-3xl text-muted">
        Savings plans are billed through your partner, {actor.partnerName}, at the price they set, to an Azure
        subscription you are an Owner or Savings plan purchaser of.
      </p>
      {!savingsPlanPurchaseAllowed(actor.customerId) && (
        <p className="mt-3 max-w-3xl rounded-sm bg-[#fff4ce] px-3 py-2 text-warning">
          Your partner, {actor.partnerName}, hasn&apos;t allowed {actor.companyName} to purchase Azure savings plans.
          Purchases will be refused until they turn on the permission.
        </p>
      )}
      <SavingsPlanPurchaseForm
        subscriptions={billingSubscriptionOptions(actor, actor.customerId)}
        currency={partnerCurrency(actor.partnerId)}
        quote={quoteSavingsPlanAction}
        purchase={purchaseSavingsPlanAction}
      />
    </>
  );
}
