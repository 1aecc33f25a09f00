import Link from "next/link";
import { useTranslations } from "next-intl";
import { FilterInput, FilterSelect } from "@/components/ui/filter-fields";
import { purchaseKinds } from "@/db/schema";
import { expiringWindows } from "@/lib/expiring/expiring-purchases";
import type { ExpiringQuery } from "@/lib/expiring/expiring-query";

/** A plain GET form: the filters live in the URL, with the order the list is sorted in kept as it was. */
export function ExpiringFiltersForm({ query }: { query: ExpiringQuery }) {
  const t = useTranslations("expiring");
  return (
    <form action="/expiring" aria-label={t("filters.label")} className="mt-4 flex flex-wrap items-end gap-3">
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="order" value={query.order} />
      <FilterSelect
        label={t("filters.within")}
        name="within"
        defaultValue={String(query.within)}
        options={expiringWindows.map((days) => ({ value: String(days), label: t("filters.days", { days }) }))}
      />
      <FilterSelect
        label={t("filters.kind")}
        name="kind"
        defaultValue={query.kind ?? ""}
        allLabel={t("filters.allKinds")}
        options={purchaseKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
      />
      <FilterSelect
        label={t("filters.autoRenew")}
        name="autoRenew"
        defaultValue={query.autoRenew ?? ""}
        allLabel={t("filters.anyAutoRenew")}
        options={[
          { value: "on", label: t("autoRenew.on") },
          { value: "off", label: t("autoRenew.off") },
        ]}
      />
      <FilterInput
        label={t("filters.customer")}
        name="search"
        type="search"
        defaultValue={query.search ?? ""}
        placeholder={t("filters.customerPlaceholder")}
      />
      <button type="submit" className="rounded-sm bg-brand px-4 py-1.5 font-semibold text-white hover:bg-brand-dark">
        {t("filters.apply")}
      </button>
      <Link href="/expiring" className="py-1.5 text-brand hover:underline">
        {t("filters.reset")}
      </Link>
    </form>
  );
}
