import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CustomerAccountInfo } from "@/components/customers/customer-account-info";
import { PurchasePermissionCard } from "@/components/customers/purchase-permission-card";
import { CustomerPurchaseControls } from "@/components/purchase-controls/customer-purchase-controls";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getCustomerAccount } from "@/lib/customers/get-customer-account";
import { describeFailure } from "@/lib/i18n/describe";
import { readerWords } from "@/lib/i18n/server";
import { getCustomerPurchaseControls } from "@/lib/purchase-controls/get-purchase-controls";
import { setCustomerPurchasePermissionAction, setPurchaseControlsAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function CustomerAccountPage({ params }: { params: Promise<{ customerId: string }> }) {
  const actor = await requirePartnerActor();
  const { customerId } = await params;
  const [account, controls] = await Promise.all([
    getCustomerAccount(actor, customerId),
    getCustomerPurchaseControls(actor, customerId),
  ]);
  if (!account) notFound();
  const t = await getTranslations("account");

  return (
    <ClientMessages namespaces={["common", "permissions", "purchaseControls"]}>
      <>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <CustomerAccountInfo customer={account.customer} />
        <section aria-labelledby="customer-permissions-heading" className="mt-8 border-t border-line pt-6">
          <h2 id="customer-permissions-heading" className="text-lg font-semibold">
            {t("permissionsHeading")}
          </h2>
          <p className="mt-1 max-w-3xl text-muted">{t("permissionsIntro")}</p>
          {account.purchasePermissions.map((permission) => (
            <PurchasePermissionCard
              key={permission.resource}
              initial={permission}
              partnerName={actor.partnerName}
              setPermission={setCustomerPurchasePermissionAction}
            />
          ))}
        </section>
        {controls.ok ? (
          <CustomerPurchaseControls customerId={customerId} controls={controls.data} save={setPurchaseControlsAction} />
        ) : (
          <p className="mt-8">{describeFailure(controls, await readerWords()).message}</p>
        )}
      </>
    </ClientMessages>
  );
}
