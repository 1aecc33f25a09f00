import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SavingsPlanPurchaseForm } from "@/components/savings-plans/savings-plan-purchase-form";
import { SavingsPlansTable } from "@/components/savings-plans/savings-plans-table";
import { can } from "@/lib/access/roles";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getCustomer } from "@/lib/customers/get-customer-account";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { listSavingsPlans } from "@/lib/savings-plans/list-savings-plans";
import { partnerCurrency } from "@/lib/savings-plans/partner-currency";
import { purchaseSavingsPlanAction, quoteSavingsPlanAction } from "./actions";

export const metadata: Metadata = { title: "Savings plans" };

export default async function CustomerSavingsPlansPage({ params }: { params: Promise<{ customerId: string }> }) {
  const actor = await requirePartnerActor();
  const customer = getCustomer(actor, (await params).customerId);
  if (!customer) notFound();
  return (
    <>
      <h1 className="text-xl font-semibold">Savings plans</h1>
      <p className="mt-1 max-w-3xl text-muted">
        Every Azure savings plan of {customer.companyName}, bought by you or by the customer. Savings plans can&apos;t
        be cancelled or exchanged; open one to change its scope or its renewal.
      </p>
      <SavingsPlansTable
        plans={listSavingsPlans(customer.id)}
        manageBase={`/customers/${customer.tenantId}/savings-plans`}
      />
      {can(actor.role, "buyReservationsOnBehalf") ? (
        <section aria-labelledby="buy-savings-plan-heading" className="mt-8">
          <h2 id="buy-savings-plan-heading" className="text-lg font-semibold">
            Buy a savings plan on behalf of {customer.companyName}
          </h2>
          <p className="mt-1 text-muted">
            No customer permission is needed for this; an active Azure plan or Azure Global subscription is. The
            customer&apos;s price comes from your savings-plan markup or discount (Reservation prices).
          </p>
          <SavingsPlanPurchaseForm
            subscriptions={billingSubscriptionOptions(actor, customer.id)}
            currency={partnerCurrency(actor.partnerId)}
            customerId={customer.tenantId}
            quote={quoteSavingsPlanAction}
            purchase={purchaseSavingsPlanAction}
          />
        </section>
      ) : (
        <p className="mt-6 text-muted">Only Admin agents can buy savings plans on a customer&apos;s behalf.</p>
      )}
    </>
  );
}
