import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PurchasePermissionResource } from "@/db/schema";
import type { PurchasePermissionChecklist as Checklist } from "@/lib/customer-permissions/prerequisites";

/** The element ids of each permission's checklist. */
const checklistId: Record<PurchasePermissionResource, string> = {
  AzureReservedInstances: "reservations",
  AzureSavingsPlan: "savings-plans",
};

const marks = {
  // The warning's yellow-brown is darker than text-warning, which falls just short of 4.5:1 on #fff4ce.
  met: { symbol: "✓", className: "bg-[#dff6dd] text-success" },
  missing: { symbol: "✕", className: "bg-[#fde7e9] text-danger" },
  warning: { symbol: "!", className: "bg-[#fff4ce] text-[#735c00]" },
} as const;

function Mark({ state }: { state: keyof typeof marks }) {
  const t = useTranslations("permissions");
  const look = marks[state];
  return (
    <span
      className={`mt-0.5 flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${look.className}`}
    >
      <span aria-hidden>{look.symbol}</span>
      <span className="sr-only">{t(`checklist.mark.${state}`)}</span>
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
  const t = useTranslations("permissions");
  const { azureSubscription, ownerRole } = checklist;
  const id = checklistId[resource];
  const subscriptionsPage = `/customers/${customerId}/subscriptions`;
  const [firstQualifying] = azureSubscription.qualifying;
  return (
    // A heading in the card's outline, not a landmark of its own: each card has one, and two regions of one name
    // would leave a screen reader's landmark list ambiguous.
    <div className="mt-4">
      <h4 id={`${id}-prerequisites-heading`} className="font-semibold">
        {t("checklist.heading")}
      </h4>
      <ul className="mt-2 space-y-2">
        <li className="flex gap-2">
          <Mark state={azureSubscription.met ? "met" : "missing"} />
          <div>
            <p>{t("checklist.subscriptionTitle")}</p>
            <p className="text-muted">
              {azureSubscription.met
                ? t("checklist.subscriptionFound", {
                    names: azureSubscription.qualifying.map((s) => s.friendlyName).join(", "),
                  })
                : t("checklist.subscriptionMissing")}
            </p>
            {!azureSubscription.met && (
              <Link href={subscriptionsPage} className="text-brand underline hover:no-underline">
                {t("checklist.addAzurePlan")}
              </Link>
            )}
          </div>
        </li>
        <li className="flex gap-2">
          <Mark state={ownerRole.met ? "met" : "warning"} />
          <div>
            <p>{t(`checklist.roleTitle.${resource}`)}</p>
            <p className="text-muted">
              {ownerRole.met ? t(`checklist.roleMet.${resource}`) : t(`checklist.roleMissing.${resource}`)}
            </p>
            {!ownerRole.met && firstQualifying && (
              <Link
                href={`${subscriptionsPage}/${firstQualifying.subscriptionId}/access`}
                className="text-brand underline hover:no-underline"
              >
                {t("checklist.assignOwner")}
              </Link>
            )}
          </div>
        </li>
      </ul>
    </div>
  );
}
