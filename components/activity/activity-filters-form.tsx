import Link from "next/link";
import { useTranslations } from "next-intl";
import { purchasePermissionResources } from "@/db/schema";
import { FilterInput, FilterSelect, type FilterOption } from "@/components/ui/filter-fields";
import type { ActivityFilters } from "@/lib/activity/activity-filters";

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked and shared. */
export function ActivityFiltersForm({
  filters,
  actions,
  users,
}: {
  filters: ActivityFilters;
  actions: FilterOption[];
  users: string[];
}) {
  const t = useTranslations("activity");
  return (
    <form action="/activity-log" aria-label={t("filters.label")} className="mt-4 flex flex-wrap items-end gap-3">
      <FilterInput label={t("filters.from")} name="from" type="date" defaultValue={filters.from} />
      <FilterInput label={t("filters.to")} name="to" type="date" defaultValue={filters.to} />
      <FilterSelect
        label={t("filters.action")}
        name="action"
        defaultValue={filters.action ?? ""}
        allLabel={t("filters.allActions")}
        options={actions}
      />
      <FilterSelect
        label={t("filters.permission")}
        name="permission"
        defaultValue={filters.permission ?? ""}
        allLabel={t("filters.anyPermission")}
        options={purchasePermissionResources.map((resource) => ({
          value: resource,
          label: t(`permissions.${resource}`),
        }))}
      />
      <FilterInput
        label={t("filters.customer")}
        name="customer"
        type="search"
        defaultValue={filters.customer ?? ""}
        placeholder={t("filters.customerPlaceholder")}
      />
      <FilterSelect
        label={t("filters.user")}
        name="user"
        defaultValue={filters.user ?? ""}
        allLabel={t("filters.allUsers")}
        options={users.map((email) => ({ value: email, label: email }))}
      />
      <button type="submit" className="rounded-sm bg-brand px-4 py-1.5 font-semibold text-white hover:bg-brand-dark">
        {t("filters.apply")}
      </button>
      <Link href="/activity-log" className="py-1.5 text-brand hover:underline">
        {t("filters.reset")}
      </Link>
    </form>
  );
}
