import Link from "next/link";
import type { PurchasePermissionResource } from "@/db/schema";
import type { PurchasePermissionChecklist as Checklist } from "@/lib/customer-permissions/prerequisites";

/** The role customer users need to buy, and what they buy, for each permission. */
const buyerRole: Record<PurchasePermissionResource, { role: string; needs: string; what: string; id: string }> = {
  AzureReservedInstances: {
    role: "the Owner role",
    needs: "Customers without Owner",
    what: "reservations",
    id: "reservations",
  },
  AzureSavingsPlan: {
    role: "the Owner or Savings plan purchaser role",
    needs: "Customers with neither role",
    what: "savings plans",
    id: "savings-plans",
  },
};

function Mark({ state }: { state: "met" | "missing" | "warning" }) {
  const look = {
    met: { symbol: "✓", className: "bg-[#dff6dd] text-success", label: "Met" },
    missing: { symbol: "✕", className: "bg-[#fde7e9] text-danger", label: "Missing" },
    warning: { symbol: "!", className: "bg-[#fff4ce] text-warning", label: "Warning" },
  }[state];
  return (
    <span
      className={`mt-0.5 flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${look.className}`}
    >
      <span aria-hidden>{look.symbol}</span>
      <span className="sr-only">{look.label}:</span>
    </span>
  );
}

/** The article's "verify first" steps, computed live from the customer's subscriptions and role assignments. */
export function PurchasePermissionChecklist({
  customerId,
  resource,
  checklist,
}: {
  customerId: string;
  resource: PurchasePermissionResource;
  checklist: Checklist;
}) {
  const { azureSubscription, ownerRole } = checklist;
  const buyer = buyerRole[resource];
  const subscriptionsPage = `/customers/${customerId}/subscriptions`;
  const [firstQualifying] = azureSubscription.qualifying;
  return (
    <section aria-labelledby={`${buyer.id}-prerequisites-heading`} className="mt-4">
      <h4 id={`${buyer.id}-prerequisites-heading`} className="font-semibold">
        Prerequisites
      </h4>
      <ul className="mt-2 space-y-2">
        <li className="flex gap-2">
          <Mark state={azureSubscription.met ? "met" : "missing"} />
          <div>
            <p>Active Azure plan or Azure Global (MS-AZR-0145P) subscription — required to turn this on</p>
            <p className="text-muted">
              {azureSubscription.met
                ? `Found: ${azureSubscription.qualifying.map((s) => s.friendlyName).join(", ")}.`
                : "This customer has no active Azure plan or Azure Global subscription. Purchase an Azure plan for them first."}
            </p>
            {!azureSubscription.met && (
              <Link href={subscriptionsPage} className="text-brand hover:underline">
                Add an Azure plan
              </Link>
            )}
          </div>
        </li>
        <li className="flex gap-2">
          <Mark state={ownerRole.met ? "met" : "warning"} />
          <div>
            <p>A customer user has {buyer.role} on that subscription</p>
            <p className="text-muted">
              {ownerRole.met
                ? `At least one active customer user has ${buyer.role}.`
                : `No customer user has ${buyer.role} yet. ${buyer.needs} will get an error in the Azure portal when they try to buy ${buyer.what}.`}
            </p>
            {!ownerRole.met && firstQualifying && (
              <Link
                href={`${subscriptionsPage}/${firstQualifying.subscriptionId}/access`}
                className="text-brand hover:underline"
              >
                Assign Owner
              </Link>
            )}
          </div>
        </li>
      </ul>
    </section>
  );
}
