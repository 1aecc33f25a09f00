import Link from "next/link";
import { useTranslations } from "next-intl";
import { purchaseKinds } from "@/db/schema";
import { expiringWindows } from "@/lib/expiring/expiring-purchases";
import type { ExpiringQuery } from "@/lib/expiring/expiring-query";

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

/** A plain GET form: the filters live in the URL, with the order the list is sorted in kept as it was. */
export function ExpiringFiltersForm({ query }: { query: ExpiringQuery }) {
  const t = useTranslations("expiring");
  return (
    <form action="/expiring" aria-label={t("filters.label")} className="mt-4 flex flex-wrap items-end gap-3">
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="order" value={query.order} />
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("filters.within")}</span>
        <select name="within" defaultValue={String(query.within)} className={fieldClass}>
          {expiringWindows.map((days) => (
            <option key={days} value={days}>
              {t("filters.days", { days })}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("filters.kind")}</span>
        <select name="kind" defaultValue={query.kind ?? ""} className={fieldClass}>
          <option value="">{t("filters.allKinds")}</option>
          {purchaseKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("filters.autoRenew")}</span>
        <select name="autoRenew" defaultValue={query.autoRenew ?? ""} className={fieldClass}>
          <option value="">{t("filters.anyAutoRenew")}</option>
          <option value="on">{t("autoRenew.on")}</option>
          <option value="off">{t("autoRenew.off")}</option>
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("filters.customer")}</span>
        <input
          type="search"
          name="search"
          defaultValue={query.search ?? ""}
          placeholder={t("filters.customerPlaceholder")}
          className={fieldClass}
        />
      </label>
      <button type="submit" className="rounded-sm bg-brand px-4 py-1.5 font-semibold text-white hover:bg-brand-dark">
        {t("filters.apply")}
      </button>
      <Link href="/expiring" className="py-1.5 text-brand hover:underline">
        {t("filters.reset")}
      </Link>
    </form>
  );
}
