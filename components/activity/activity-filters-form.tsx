import Link from "next/link";
import { useTranslations } from "next-intl";
import { purchasePermissionResources } from "@/db/schema";
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
  const t = useTranslations("activity");
  return (
    <form action="/activity-log" aria-label={t("filters.label")} className="mt-4 flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("filters.from")}</span>
        <input type="date" name="from" defaultValue={filters.from} className={fieldClass} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("filters.to")}</span>
        <input type="date" name="to" defaultValue={filters.to} className={fieldClass} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("filters.action")}</span>
        <select name="action" defaultValue={filters.action ?? ""} className={fieldClass}>
          <option value="">{t("filters.allActions")}</option>
          {actions.map((action) => (
            <option key={action.value} value={action.value}>
              {action.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("filters.permission")}</span>
        <select name="permission" defaultValue={filters.permission ?? ""} className={fieldClass}>
          <option value="">{t("filters.anyPermission")}</option>
          {purchasePermissionResources.map((resource) => (
            <option key={resource} value={resource}>
              {t(`permissions.${resource}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("filters.customer")}</span>
        <input
          type="search"
          name="customer"
          defaultValue={filters.customer ?? ""}
          placeholder={t("filters.customerPlaceholder")}
          className={fieldClass}
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("filters.user")}</span>
        <select name="user" defaultValue={filters.user ?? ""} className={fieldClass}>
          <option value="">{t("filters.allUsers")}</option>
          {users.map((email) => (
            <option key={email} value={email}>
              {email}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-sm bg-brand px-4 py-1.5 font-semibold text-white hover:bg-brand-dark">
        {t("filters.apply")}
      </button>
      <Link href="/activity-log" className="py-1.5 text-brand hover:underline">
        {t("filters.reset")}
      </Link>
    </form>
  );
}
