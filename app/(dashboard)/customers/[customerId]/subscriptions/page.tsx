import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddAzurePlan } from "@/components/subscriptions/add-azure-plan";
import { AzureOnlyFilter } from "@/components/subscriptions/azure-only-filter";
import { SubscriptionsTable } from "@/components/subscriptions/subscriptions-table";
import { can } from "@/lib/access/roles";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getCustomer } from "@/lib/customers/get-customer-account";
import { existingAzurePlan } from "@/lib/subscriptions/azure-plan-rules";
import { listCustomerSubscriptions } from "@/lib/subscriptions/list-subscriptions";
import { purchaseAzurePlanAction, setSubscriptionStatusAction } from "./actions";

export const metadata: Metadata = { title: "Subscriptions" };

export default async function SubscriptionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ customerId: string }>;
  searchParams: Promise<{ show?: string }>;
}) {
  const actor = await requirePartnerActor();
  const customer = getCustomer(actor, (await params).customerId);
  if (!customer) notFound();
  const azureOnly = (await searchParams).show === "azure";
  const all = listCustomerSubscriptions(customer);
  const shown = azureOnly ? listCustomerSubscriptions(customer, { azureOnly }) : all;
  const azurePlan = existingAzurePlan(all);

  return (
    <>
      <div className="flex items-center justify-between gap-4">
        <h1 className="text-xl font-semibold">Subscriptions</h1>
        {can(actor.role, "placeOrders") && (
          <AddAzurePlan
            customerId={customer.tenantId}
            companyName={customer.companyName}
            hasAzurePlan={!!azurePlan}
            purchase={purchaseAzurePlanAction}
          />
        )}
      </div>
      <p className="mt-1 max-w-3xl text-muted">
        Customers can buy their own Azure reservations only for an active, usage-based Azure plan or Azure Global
        (MS-AZR-0145P) subscription. Select <strong>Manage</strong> to see who has which role on an Azure subscription.
      </p>
      <AzureOnlyFilter checked={azureOnly} />
      <SubscriptionsTable
        customerId={customer.tenantId}
        subscriptions={shown}
        canChangeStatus={can(actor.role, "manageSubscriptions")}
        setStatus={setSubscriptionStatusAction}
        emptyMessage={
          azureOnly ? "This customer has no usage-based Azure subscriptions." : "This customer has no subscriptions."
        }
      />
    </>
  );
}
