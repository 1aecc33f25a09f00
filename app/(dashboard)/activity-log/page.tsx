import type { Metadata } from "next";
import Link from "next/link";
import { ActivityFiltersForm } from "@/components/activity/activity-filters-form";
import { ActivityTable } from "@/components/activity/activity-table";
import { buttonLinkClass } from "@/components/ui/button";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { activityFilterSearch, readActivityFilters, type ActivityFilterField } from "@/lib/activity/activity-filters";
import { listActivity, listPartnerUserEmails } from "@/lib/activity/list-activity";
import { operationLabels } from "@/lib/activity/operations";

export const metadata: Metadata = { title: "Activity log" };

/** Why a filter in the address could not be used: the reader sees what the list is not filtered by. */
const ignoredFilterReasons: Record<ActivityFilterField, string> = {
  from: "From is not a date (YYYY-MM-DD)",
  to: "To is not a date (YYYY-MM-DD)",
  action: "the action is not one the log knows",
  permission: "the permission is not one the log knows",
  customer: "the customer filter is over 200 characters",
  user: "the partner user filter is over 320 characters",
};

export default async function ActivityLogPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePartnerActor();
  const filters = readActivityFilters(await searchParams);
  const page = listActivity(actor, filters);

  if (!page.ok) {
    return (
      <>
        <h1 className="text-2xl font-semibold">Activity log</h1>
        <p role="alert" className="mt-4">
          {page.message} Ask an Admin agent of {actor.partnerName} if you need it.
        </p>
      </>
    );
  }

  return (
    <>
      <h1 className="text-2xl font-semibold">Activity log</h1>
      <p className="mt-1 text-muted">
        Every change made in {actor.partnerName}&apos;s account, newest first. Dates are in UTC days; times show in your
        time zone.
      </p>
      <ActivityFiltersForm
        filters={filters}
        actions={Object.entries(operationLabels).map(([value, label]) => ({ value, label }))}
        users={listPartnerUserEmails(actor)}
      />
      {filters.ignored.length > 0 && (
        <p role="alert" className="mt-4 rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
          Not filtered as asked: {filters.ignored.map((field) => ignoredFilterReasons[field]).join("; ")}. The list
          below leaves {filters.ignored.length === 1 ? "that filter" : "those filters"} out.
        </p>
      )}
      <div className="mt-4 flex items-center justify-between">
        <p role="status" className="text-muted">
          {page.data.entries.length === 0
            ? "No activity matches these filters."
            : `Showing ${page.data.entries.length} entr${page.data.entries.length === 1 ? "y" : "ies"}${filters.cursor ? " (continued)" : ""}.`}
        </p>
        <a href={`/activity-log/export?${activityFilterSearch(filters)}`} className={buttonLinkClass} download>
          Export
        </a>
      </div>
      {page.data.entries.length > 0 && <ActivityTable entries={page.data.entries} />}
      <nav aria-label="Activity log pages" className="mt-4 flex gap-3">
        {filters.cursor && (
          <Link href={`/activity-log?${activityFilterSearch(filters)}`} className={buttonLinkClass}>
            Newest entries
          </Link>
        )}
        {page.data.nextCursor && (
          <Link
            href={`/activity-log?${activityFilterSearch(filters, page.data.nextCursor)}`}
            className={buttonLinkClass}
          >
            Older entries
          </Link>
        )}
      </nav>
    </>
  );
}
