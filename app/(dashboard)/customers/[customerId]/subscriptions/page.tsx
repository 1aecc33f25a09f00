import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AddAzurePlan } from "@/components/subscriptions/add-azure-plan";
import { AzureOnlyFilter } from "@/components/subscriptions/azure-only-filter";
import { SubscriptionsTable } from "@/components/subscriptions/subscriptions-table";
import { can } from "@/lib/access/roles";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getCustomer } from "@/lib/customers/find-customer";
import { existingAzurePlan } from "@/lib/subscriptions/azure-plan-rules";
import { listCustomerSubscriptions } from "@/lib/subscriptions/list-subscriptions";
import { purchaseAzurePlanAction, setSubscriptionStatusAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata() {
  const t = await getTranslations("subscriptions");
  return { title: t("title") };
}

export default async function SubscriptionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ customerId: string }>;
  searchParams: Promise<{ show?: string }>;
}) {
  const actor = await requirePartnerActor();
  const customer = await getCustomer(actor, (await params).customerId);
  if (!customer) notFound();
  const t = await getTranslations("subscriptions");
  const azureOnly = (await searchParams).show === "azure";
  const all = await listCustomerSubscriptions(customer);
  const shown = azureOnly ? await listCustomerSubscriptions(customer, { azureOnly }) : all;
  const azurePlan = existingAzurePlan(all);

  return (
    <ClientMessages namespaces={["common", "subscriptions"]}>
      <>
        <div className="flex items-center justify-between gap-4">
          <h1 className="text-xl font-semibold">{t("title")}</h1>
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
          {t.rich("intro", { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
        <AzureOnlyFilter checked={azureOnly} />
        <SubscriptionsTable
          customerId={customer.tenantId}
          subscriptions={shown}
          canChangeStatus={can(actor.role, "manageSubscriptions")}
          setStatus={setSubscriptionStatusAction}
          emptyMessage={azureOnly ? t("emptyAzureOnly") : t("empty")}
        />
      </>
    </ClientMessages>
  );
}
