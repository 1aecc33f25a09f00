import Link from "next/link";
import type { ActivityFilters } from "@/lib/activity/activity-filters";

type Option = { value: string; label: string };

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked and shared. */
export function ActivityFiltersForm({
  filters,
  actions,
  users,
}: {
  filters: ActivityFilters;
  actions: Option[];
  users: string[];
}) {
  return (
    <form action="/activity-log" aria-label="Filter activity" className="mt-4 flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1">
        <span className="font-semibold">From</span>
        <input type="date" name="from" defaultValue={filters.from} className={fieldClass} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">To</span>
        <input type="date" name="to" defaultValue={filters.to} className={fieldClass} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">Action</span>
        <select name="action" defaultValue={filters.action ?? ""} className={fieldClass}>
          <option value="">All actions</option>
          {actions.map((action) => (
            <option key={action.value} value={action.value}>
              {action.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">Permission</span>
        <select name="permission" defaultValue={filters.permission ?? ""} className={fieldClass}>
          <option value="">Any</option>
          <option value="AzureReservedInstances">Azure reservations</option>
          <option value="AzureSavingsPlan">Azure savings plans</option>
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">Customer</span>
        <input
          type="search"
          name="customer"
          defaultValue={filters.customer ?? ""}
          placeholder="Company name or Microsoft ID"
          className={fieldClass}
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">Partner user</span>
        <select name="user" defaultValue={filters.user ?? ""} className={fieldClass}>
          <option value="">All users</option>
          {users.map((email) => (
            <option key={email} value={email}>
              {email}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-sm bg-brand px-4 py-1.5 font-semibold text-white hover:bg-brand-dark">
        Apply filters
      </button>
      <Link href="/activity-log" className="py-1.5 text-brand hover:underline">
        Reset
      </Link>
    </form>
  );
}
