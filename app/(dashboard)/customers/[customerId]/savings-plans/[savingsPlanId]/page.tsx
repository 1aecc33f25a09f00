import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AutoRenewForm } from "@/components/savings-plans/auto-renew-form";
import { ActionForm } from "@/components/ui/action-form";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { can } from "@/lib/access/roles";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getCustomer } from "@/lib/customers/get-customer-account";
import { formatMoney } from "@/lib/money";
import { orderChannelLabels } from "@/lib/orders/channel-labels";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { billingPlanLabels, termLabels } from "@/lib/reservations/catalog";
import { scopeDescription } from "@/lib/reservations/labels";
import { listSavingsPlans } from "@/lib/savings-plans/list-savings-plans";
import { formatHourlyCommitment } from "@/lib/savings-plans/savings-plan-rules";
import { changeSavingsPlanScopeAction, setSavingsPlanAutoRenewAction } from "./actions";

export const metadata: Metadata = { title: "Manage savings plan" };

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

type Params = { params: Promise<{ customerId: string; savingsPlanId: string }> };

/** A savings plan's details and what the partner can change: its scope and its renewal (no cancel, no exchange). */
export default async function ManageSavingsPlanPage({ params }: Params) {
  const actor = await requirePartnerActor();
  const { customerId, savingsPlanId } = await params;
  const customer = getCustomer(actor, customerId);
  if (!customer) notFound();
  const plan = listSavingsPlans(customer.id).find((p) => p.savingsPlanId === savingsPlanId.toLowerCase());
  if (!plan) notFound();
  const subscriptions = billingSubscriptionOptions(actor, customer.id);
  const details: [string, React.ReactNode][] = [
    ["Savings plan ID", <span className="font-mono text-xs">{plan.savingsPlanId}</span>],
    ["Order ID", <span className="font-mono text-xs">{plan.orderNumber}</span>],
    ["Hourly commitment", `${formatHourlyCommitment(plan.hourlyCommitmentMills)} ${plan.currency} an hour`],
    ["Term", termLabels[plan.term]],
    ["Billing frequency", billingPlanLabels[plan.billingPlan]],
    ["Scope", scopeDescription(plan.scope, plan.resourceGroup)],
    ["Start", <LocalDateTime iso={plan.createdAt.toISOString()} />],
    ["Expires", <LocalDateTime iso={plan.expiresAt.toISOString()} />],
    ["Auto-renew", plan.autoRenew ? "On" : "Off"],
    ["Status", plan.state === "active" ? "Active" : "Expired"],
    ["Purchased by", `${plan.purchasedByName ?? plan.purchasedBy} (${orderChannelLabels[plan.channel]})`],
    ["Price", formatMoney(plan.priceMinor, plan.currency)],
  ];
  return (
    <>
      <Link href={`/customers/${customer.tenantId}/savings-plans`} className="text-brand hover:underline">
        ← Savings plans
      </Link>
      <h1 className="mt-2 text-xl font-semibold">{plan.displayName}</h1>
      <dl className="mt-4 grid max-w-3xl grid-cols-[12rem_1fr] gap-y-1">
        {details.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-muted">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {plan.state !== "active" ? (
        <p className="mt-6 text-muted">This savings plan has expired: there is nothing left to manage.</p>
      ) : !can(actor.role, "manageReservations") ? (
        <p className="mt-6 text-muted">
          Only Admin agents can change a savings plan&apos;s scope or renewal. You have read-only access.
        </p>
      ) : (
        <div className="mt-6 grid max-w-4xl gap-6">
          <section aria-labelledby="savings-plan-scope-heading" className="rounded-sm border border-line p-5">
            <h2 id="savings-plan-scope-heading" className="text-lg font-semibold">
              Change scope
            </h2>
            <ActionForm
              action={changeSavingsPlanScopeAction}
              customerId={customer.tenantId}
              successMessage="Scope changed."
              submitLabel="Change scope"
              className="mt-3 flex flex-wrap items-end gap-3"
            >
              <input type="hidden" name="savingsPlanId" value={plan.savingsPlanId} />
              <label className="flex flex-col gap-1">
                <span className="font-semibold">Scope</span>
                <select name="scope" defaultValue={plan.scope} className={fieldClass}>
                  <option value="shared">Shared</option>
                  <option value="single">Single subscription</option>
                  <option value="resource_group">Single resource group</option>
                </select>
              </label>
              <label className="flex flex-col gap-1">
                <span className="font-semibold">Subscription</span>
                <select name="subscriptionId" className={fieldClass}>
                  {subscriptions.map((s) => (
                    <option key={s.subscriptionId} value={s.subscriptionId}>
                      {`${s.friendlyName} (${s.subscriptionId})`}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex flex-col gap-1">
                <span className="font-semibold">Resource group (for that scope)</span>
                <input
                  name="resourceGroup"
                  defaultValue={plan.resourceGroup ?? ""}
                  maxLength={90}
                  className={fieldClass}
                />
              </label>
            </ActionForm>
          </section>
          <section aria-labelledby="savings-plan-renewal-heading" className="rounded-sm border border-line p-5">
            <h2 id="savings-plan-renewal-heading" className="text-lg font-semibold">
              Renewal
            </h2>
            <p className="mt-1 text-muted">
              With auto-renew on, the same commitment is bought again when this one ends, at your savings-plan price of
              that day.
            </p>
            <AutoRenewForm
              customerId={customer.tenantId}
              savingsPlanId={plan.savingsPlanId}
              autoRenew={plan.autoRenew}
              setAutoRenew={setSavingsPlanAutoRenewAction}
            />
          </section>
        </div>
      )}
    </>
  );
}
