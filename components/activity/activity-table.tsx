import Link from "next/link";
import type { PurchasePermissionResource } from "@/db/schema";
import { useTranslations } from "next-intl";
import { LocalDateTime } from "@/components/ui/local-date-time";
import type { ActivityEntryRow } from "@/lib/activity/list-activity";
import { changedPermissions } from "@/lib/activity/changed-permissions";
import { isOperationType, isResourceType } from "@/lib/activity/operations";
import { newAzurePlanRuleResourceOf, permissionRuleOf } from "@/lib/activity/permission-rule";
import { systemActorKey } from "@/lib/activity/system-actors";
import { TableHead } from "@/components/ui/table-head";

function prettyJson(value: string): string {
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}

export function ActivityTable({ entries }: { entries: ActivityEntryRow[] }) {
  const t = useTranslations("activity");
  const common = useTranslations("common");
  const roles = useTranslations("roles");
  // Types and resources this version does not know are shown as they are stored.
  const operationName = (type: string) => (isOperationType(type) ? t(`operations.${type}`) : type);
  const resourceName = (type: string) => (isResourceType(type) ? t(`resources.${type}`) : type);
  const actorName = (entry: ActivityEntryRow) => {
    const system = systemActorKey(entry);
    return system ? t(`systemActors.${system}`) : entry.actorEmail;
  };
  const value = (json: string | null) => (json ? prettyJson(json) : common("none"));
  return (
    <table className="mt-2 w-full border-collapse text-left">
      <TableHead
        columns={[
          t("table.dateTime"),
          t("table.affectedCustomer"),
          t("table.action"),
          t("table.partnerUser"),
          t("table.details"),
        ]}
      />
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} className="border-b border-line align-top">
            <td className="py-2 pr-4 whitespace-nowrap">
              <LocalDateTime iso={entry.createdAt.toISOString()} />
            </td>
            <td className="py-2 pr-4">
              {entry.customerTenantId ? (
                <Link href={`/customers/${entry.customerTenantId}/account`} className="text-brand hover:underline">
                  {entry.customerName}
                </Link>
              ) : (
                (entry.customerName ?? "—")
              )}
            </td>
            <td className="py-2 pr-4">
              {operationName(entry.operationType)}
              {entry.resourceType === "self_serve_policy" && (
                <span className="block text-xs text-muted">
                  {changedPermissions(entry.oldValue, entry.newValue)
                    .map((resource) => t(`permissions.${resource}`))
                    .join(", ")}
                </span>
              )}
              {entry.operationType === "update_new_azure_plan_permissions" && (
                <PermissionName resource={newAzurePlanRuleResourceOf(entry.newValue)} />
              )}
            </td>
            <td className="py-2 pr-4">
              {actorName(entry)}
              {entry.actorCustomerUserId !== null && (
                <span className="block text-xs text-muted">{roles("customer_user")}</span>
              )}
            </td>
            <td className="py-2 pr-4">
              <RuleNote newValue={entry.resourceType === "self_serve_policy" ? entry.newValue : null} />
              <details>
                <summary className="cursor-pointer text-brand">{common("showDetails")}</summary>
                <dl className="mt-2 space-y-1 text-xs">
                  <dt className="font-semibold">{t("table.status")}</dt>
                  <dd>{t(`status.${entry.status}`)}</dd>
                  <dt className="font-semibold">{t("table.resourceType")}</dt>
                  <dd>{resourceName(entry.resourceType)}</dd>
                  <dt className="font-semibold">{t("table.oldValue")}</dt>
                  <dd>
                    <pre className="max-w-md overflow-x-auto whitespace-pre-wrap">{value(entry.oldValue)}</pre>
                  </dd>
                  <dt className="font-semibold">{t("table.newValue")}</dt>
                  <dd>
                    <pre className="max-w-md overflow-x-auto whitespace-pre-wrap">{value(entry.newValue)}</pre>
                  </dd>
                </dl>
              </details>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Which permission an entry is about, under its action; nothing when the entry names none this version knows. */
function PermissionName({ resource }: { resource: PurchasePermissionResource | null }) {
  const t = useTranslations("activity");
  return resource && <span className="block text-xs text-muted">{t(`permissions.${resource}`)}</span>;
}

/** A permission a partner's rule turned on says so, and who set the rule, without opening its values. */
function RuleNote({ newValue }: { newValue: string | null }) {
  const t = useTranslations("activity");
  const rule = permissionRuleOf(newValue);
  return rule && <p className="mb-1 text-xs">{t("ruleTurnedOn", { setBy: rule.setBy })}</p>;
}
