import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddCustomerUserForm } from "@/components/customer-users/add-customer-user-form";
import { CustomerUsersTable } from "@/components/customer-users/customer-users-table";
import { can } from "@/lib/access/roles";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { listCustomerUsers } from "@/lib/customer-users/list-customer-users";
import { getCustomer } from "@/lib/customers/get-customer-account";
import { addCustomerUserAction, resetCustomerUserPasswordAction, setCustomerUserStatusAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function CustomerUsersPage({ params }: { params: Promise<{ customerId: string }> }) {
  const actor = await requirePartnerActor();
  const customer = getCustomer(actor, (await params).customerId);
  if (!customer) notFound();
  const canManage = can(actor.role, "manageCustomerUsers");

  return (
    <>
      <h1 className="text-xl font-semibold">Users</h1>
      <p className="mt-1 max-w-3xl text-muted">
        The people in {customer.companyName}&apos;s directory. A deactivated user can&apos;t sign in, and their Owner
        role no longer lets the customer buy Azure reservations. A new user, or one whose password you reset, gets a
        one-time temporary password to change at first sign-in.
      </p>
      {!canManage && (
        <p className="mt-2 text-muted">
          Only Admin agents can add or deactivate users, or reset their passwords. You have read-only access.
        </p>
      )}
      <CustomerUsersTable
        customerId={customer.tenantId}
        users={listCustomerUsers(customer)}
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
  );
}
