import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddRoleAssignmentForm } from "@/components/subscriptions/add-role-assignment-form";
import { RoleAssignmentsTable } from "@/components/subscriptions/role-assignments-table";
import { can } from "@/lib/access/roles";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getSubscriptionAccess } from "@/lib/role-assignments/get-subscription-access";
import { addRoleAssignmentAction, removeRoleAssignmentAction } from "../../actions";

export const metadata: Metadata = { title: "Access control (IAM)" };

export default async function SubscriptionAccessPage({
  params,
}: {
  params: Promise<{ customerId: string; subscriptionId: string }>;
}) {
  const actor = await requirePartnerActor();
  const { customerId, subscriptionId } = await params;
  const access = getSubscriptionAccess(actor, customerId, subscriptionId);
  if (!access) notFound();
  const { customer, subscription } = access;
  const canChange = can(actor.role, "manageRoleAssignments");

  return (
    <>
      <Link href={`/customers/${customer.tenantId}/subscriptions`} className="text-brand hover:underline">
        ← Subscriptions
      </Link>
      <h1 className="mt-2 text-xl font-semibold">Access control (IAM)</h1>
      <p className="mt-1 text-muted">
        {subscription.friendlyName} · <span className="font-mono text-xs">{subscription.subscriptionId}</span> ·{" "}
        {subscription.status}
      </p>
      <p className="mt-2 max-w-3xl">
        Customer users need the <strong>Owner</strong> role on this subscription to buy Azure reservations themselves;
        without it they get an error in the Azure portal.
      </p>
      {!subscription.usageBased ? (
        <p className="mt-4">Roles apply to Azure subscriptions only; this is a license-based subscription.</p>
      ) : (
        <>
          {!canChange && (
            <p className="mt-4 text-muted">Only Admin agents can change role assignments. You have read-only access.</p>
          )}
          <RoleAssignmentsTable
            customerId={customer.tenantId}
            subscriptionId={subscription.subscriptionId}
            assignments={access.assignments}
            remove={canChange ? removeRoleAssignmentAction : null}
          />
          {canChange && (
            <AddRoleAssignmentForm
              customerId={customer.tenantId}
              subscriptionId={subscription.subscriptionId}
              users={access.assignableUsers}
              add={addRoleAssignmentAction}
            />
          )}
        </>
      )}
      <p className="mt-6">
        <Link href={`/customers/${customer.tenantId}/account`} className="text-brand hover:underline">
          Back to the Account page and its customer permissions
        </Link>
      </p>
    </>
  );
}
