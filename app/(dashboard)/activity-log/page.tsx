import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActivityFiltersForm } from "@/components/activity/activity-filters-form";
import { ActivityTable } from "@/components/activity/activity-table";
import { buttonLinkClass } from "@/components/ui/button";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { activityFilterSearch, readActivityFilters, type ActivityFilterField } from "@/lib/activity/activity-filters";
import { listActivity, listPartnerUserEmails } from "@/lib/activity/list-activity";
import { operationTypes } from "@/lib/activity/operations";
import { describeFailure } from "@/lib/i18n/describe";
import { readerWords } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activity");
  return { title: t("title") };
}

export default async function ActivityLogPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePartnerActor();
  const filters = readActivityFilters(await searchParams);
  const page = await listActivity(actor, filters);
  const t = await getTranslations("activity");

  if (!page.ok) {
    const roles = await getTranslations("roles");
    return (
      <>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p role="alert" className="mt-4">
          {describeFailure(page, await readerWords()).message}{" "}
          {t("askAdmin", { role: roles("admin_agent"), partner: actor.partnerName })}
        </p>
      </>
    );
  }

  /** Why a filter in the address could not be used: the reader sees what the list is not filtered by. */
  const ignoredReason = (field: ActivityFilterField) => t(`ignored.${field}`);
  const count = page.data.entries.length;

  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-muted">{t("intro", { partner: actor.partnerName })}</p>
      <ActivityFiltersForm
        filters={filters}
        actions={operationTypes.map((value) => ({ value, label: t(`operations.${value}`) }))}
        users={await listPartnerUserEmails(actor)}
      />
      {filters.ignored.length > 0 && (
        <p role="alert" className="mt-4 rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
          {t("notFiltered", {
            reasons: filters.ignored.map(ignoredReason).join("; "),
            count: filters.ignored.length,
          })}
        </p>
      )}
      <div className="mt-4 flex items-center justify-between">
        <p role="status" className="text-muted">
          {count === 0 ? t("noMatch") : filters.cursor ? t("showingContinued", { count }) : t("showing", { count })}
        </p>
        <a href={`/activity-log/export?${activityFilterSearch(filters)}`} className={buttonLinkClass} download>
          {t("export")}
        </a>
      </div>
      {count > 0 && <ActivityTable entries={page.data.entries} />}
      <nav aria-label={t("pagesLabel")} className="mt-4 flex gap-3">
        {filters.cursor && (
          <Link href={`/activity-log?${activityFilterSearch(filters)}`} className={buttonLinkClass}>
            {t("newest")}
          </Link>
        )}
        {page.data.nextCursor && (
          <Link
            href={`/activity-log?${activityFilterSearch(filters, page.data.nextCursor)}`}
            className={buttonLinkClass}
          >
            {t("older")}
          </Link>
        )}
      </nav>
    </>
  );
}
