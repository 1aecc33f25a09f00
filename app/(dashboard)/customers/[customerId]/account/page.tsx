import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CustomerAccountInfo } from "@/components/customers/customer-account-info";
import { PurchasePermissionCard } from "@/components/customers/purchase-permission-card";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getCustomerAccount } from "@/lib/customers/get-customer-account";
import { setCustomerPurchasePermissionAction } from "./actions";

export const metadata: Metadata = { title: "Account" };

export default async function CustomerAccountPage({ params }: { params: Promise<{ customerId: string }> }) {
  const actor = await requirePartnerActor();
  const account = getCustomerAccount(actor, (await params).customerId);
  if (!account) notFound();

  return (
    <>
      <h1 className="text-xl font-semibold">Account</h1>
      <CustomerAccountInfo customer={account.customer} />
      <section aria-labelledby="customer-permissions-heading" className="mt-8 border-t border-line pt-6">
        <h2 id="customer-permissions-heading" className="text-lg font-semibold">
          Customer permissions
        </h2>
        <p className="mt-1 max-w-3xl text-muted">
          Let this customer buy some services themselves in the Azure portal. Customer permissions are off until an
          Admin agent turns them on.
        </p>
        {account.purchasePermissions.map((permission) => (
          <PurchasePermissionCard
            key={permission.resource}
            initial={permission}
            partnerName={actor.partnerName}
            setPermission={setCustomerPurchasePermissionAction}
          />
        ))}
      </section>
    </>
  );
}
