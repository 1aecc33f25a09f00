import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AddCustomerUserForm } from "@/components/customer-users/add-customer-user-form";
import { CustomerUsersTable } from "@/components/customer-users/customer-users-table";
import { can } from "@/lib/access/roles";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { listCustomerUsers } from "@/lib/customer-users/list-customer-users";
import { getCustomer } from "@/lib/customers/find-customer";
import { addCustomerUserAction, resetCustomerUserPasswordAction, setCustomerUserStatusAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata() {
  const t = await getTranslations("customerUsers");
  return { title: t("title") };
}

export default async function CustomerUsersPage({ params }: { params: Promise<{ customerId: string }> }) {
  const actor = await requirePartnerActor();
  const customer = await getCustomer(actor, (await params).customerId);
  if (!customer) notFound();
  const canManage = can(actor.role, "manageCustomerUsers");
  const t = await getTranslations("customerUsers");

  return (
    <ClientMessages namespaces={["customerUsers"]}>
      <>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-muted">{t("intro", { companyName: customer.companyName })}</p>
        {!canManage && <p className="mt-2 text-muted">{t("readOnly")}</p>}
        <CustomerUsersTable
          customerId={customer.tenantId}
          users={await listCustomerUsers(customer)}
          setStatus={canManage ? setCustomerUserStatusAction : null}
          resetPassword={canManage ? resetCustomerUserPasswordAction : null}
        />
        {canManage && (
          <AddCustomerUserForm
            customerId={customer.tenantId}
            domains={[customer.primaryDomain]}
            add={addCustomerUserAction}
          />
        )}
      </>
    </ClientMessages>
  );
}
