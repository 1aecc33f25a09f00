import Link from "next/link";
import { LocalDateTime } from "@/components/ui/local-date-time";
import type { ActivityEntryRow } from "@/lib/activity/list-activity";
import { changedPermissions } from "@/lib/activity/changed-permissions";
import { operationLabel } from "@/lib/activity/operations";
import { TableHead } from "@/components/ui/table-head";

function prettyJson(value: string | null): string {
  if (!value) return "(none)";
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}

export function ActivityTable({ entries }: { entries: ActivityEntryRow[] }) {
  return (
    <table className="mt-2 w-full border-collapse text-left">
      <TableHead columns={["Date-Time", "Affected customer", "Action", "Partner user", "Details"]} />
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
              {operationLabel(entry.operationType)}
              {entry.resourceType === "self_serve_policy" && (
                <span className="block text-xs text-muted">
                  {changedPermissions(entry.oldValue, entry.newValue).join(", ")}
                </span>
              )}
            </td>
            <td className="py-2 pr-4">
              {entry.actorEmail}
              {entry.actorCustomerUserId !== null && <span className="block text-xs text-muted">Customer user</span>}
            </td>
            <td className="py-2 pr-4">
              <details>
                <summary className="cursor-pointer text-brand">Show details</summary>
                <dl className="mt-2 space-y-1 text-xs">
                  <dt className="font-semibold">Status</dt>
                  <dd>{entry.status}</dd>
                  <dt className="font-semibold">Resource type</dt>
                  <dd>{entry.resourceType}</dd>
                  <dt className="font-semibold">Old value</dt>
                  <dd>
                    <pre className="max-w-md overflow-x-auto whitespace-pre-wrap">{prettyJson(entry.oldValue)}</pre>
                  </dd>
                  <dt className="font-semibold">New value</dt>
                  <dd>
                    <pre className="max-w-md overflow-x-auto whitespace-pre-wrap">{prettyJson(entry.newValue)}</pre>
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
