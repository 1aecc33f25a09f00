import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AddRoleAssignmentForm } from "@/components/subscriptions/add-role-assignment-form";
import { RoleAssignmentsTable } from "@/components/subscriptions/role-assignments-table";
import { can } from "@/lib/access/roles";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getSubscriptionAccess } from "@/lib/role-assignments/get-subscription-access";
import { addRoleAssignmentAction, removeRoleAssignmentAction } from "../../actions";

export async function generateMetadata() {
  const t = await getTranslations("accessControl");
  return { title: t("title") };
}

export default async function SubscriptionAccessPage({
  params,
}: {
  params: Promise<{ customerId: string; subscriptionId: string }>;
}) {
  const actor = await requirePartnerActor();
  const { customerId, subscriptionId } = await params;
  const access = await getSubscriptionAccess(actor, customerId, subscriptionId);
  if (!access) notFound();
  const { customer, subscription } = access;
  const canChange = can(actor.role, "manageRoleAssignments");
  const t = await getTranslations("accessControl");
  const tShared = await getTranslations();

  return (
    <>
      <Link href={`/customers/${customer.tenantId}/subscriptions`} className="text-brand underline">
        {t("backToSubscriptions")}
      </Link>
      <h1 className="mt-2 text-xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-muted">
        {subscription.friendlyName} · <span className="font-mono text-xs">{subscription.subscriptionId}</span> ·{" "}
        {tShared(`subscriptionStatus.${subscription.status}`)}
      </p>
      <p className="mt-2 max-w-3xl">{t.rich("ownerNeeded", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      {!subscription.usageBased ? (
        <p className="mt-4">{t("licenseBased")}</p>
      ) : (
        <>
          {!canChange && <p className="mt-4 text-muted">{t("readOnly")}</p>}
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
        <Link href={`/customers/${customer.tenantId}/account`} className="text-brand underline">
          {t("backToAccount")}
        </Link>
      </p>
    </>
  );
}
