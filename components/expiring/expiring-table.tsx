import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { expiringSearch, type ExpiringQuery, type ExpiringSort } from "@/lib/expiring/expiring-query";
import type { ExpiringPurchase } from "@/lib/expiring/list-expiring-purchases";
import { formatMoney } from "@/lib/money";
import { formatHourlyCommitment } from "@/lib/savings-plans/hourly-commitment";

/** The value a row's checkbox sends: what the bulk auto-renew action reads back as kind and id. */
export const selectionValue = (item: ExpiringPurchase) => `${item.kind}:${item.id}`;

const cell = "py-2 pr-4";

/** A column header that sorts the list by it: ascending first, the other way when it is already sorted so. */
function SortHeader({ query, sort, label }: { query: ExpiringQuery; sort: ExpiringSort; label: string }) {
  const t = useTranslations("expiring");
  const sorted = query.sort === sort;
  const order = sorted && query.order === "asc" ? "desc" : "asc";
  return (
    <th
      scope="col"
      className="py-2 pr-4 font-semibold"
      aria-sort={sorted ? (query.order === "asc" ? "ascending" : "descending") : "none"}
    >
      <Link
        href={`/expiring?${expiringSearch({ ...query, sort, order })}`}
        aria-label={t("sortBy", { column: label })}
        className="text-brand hover:underline"
      >
        {label}
        {sorted && <span aria-hidden="true">{query.order === "asc" ? " ▲" : " ▼"}</span>}
      </Link>
    </th>
  );
}

/**
 * The reservations and savings plans that end soon. With `selectable` (Admin agents), each row has a checkbox for the
 * form around the table; everyone else sees the same list without them.
 */
export function ExpiringTable({
  items,
  currency,
  query,
  selectable,
}: {
  items: ExpiringPurchase[];
  currency: string;
  query: ExpiringQuery;
  selectable: boolean;
}) {
  const t = useTranslations("expiring");
  const locale = useLocale();
  return (
    <table className="mt-4 w-full border-collapse text-left">
      <thead>
        <tr className="border-b border-line text-muted">
          {selectable && (
            <th scope="col" className="py-2 pr-4 font-semibold">
              <span className="sr-only">{t("columns.select")}</span>
            </th>
          )}
          <SortHeader query={query} sort="customer" label={t("columns.customer")} />
          <th scope="col" className="py-2 pr-4 font-semibold">
            {t("columns.name")}
          </th>
          <th scope="col" className="py-2 pr-4 font-semibold">
            {t("columns.product")}
          </th>
          <th scope="col" className="py-2 pr-4 font-semibold">
            {t("columns.term")}
          </th>
          <SortHeader query={query} sort="endDate" label={t("columns.endDate")} />
          <th scope="col" className="py-2 pr-4 font-semibold">
            {t("columns.autoRenew")}
          </th>
          <SortHeader query={query} sort="renewalPrice" label={t("columns.renewalPrice")} />
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const customerPage = `/customers/${item.customerTenantId}`;
          const itemPage =
            item.kind === "reservation"
              ? `${customerPage}/reservations/${item.id}`
              : `${customerPage}/savings-plans/${item.id}`;
          return (
            <tr key={item.id} className="border-b border-line align-top">
              {selectable && (
                <td className={cell}>
                  <input
                    type="checkbox"
                    name="item"
                    value={selectionValue(item)}
                    aria-label={t("selectRow", { name: item.displayName, customer: item.companyName })}
                    className="size-4"
                  />
                </td>
              )}
              <td className={cell}>
                <Link href={customerPage} className="text-brand hover:underline">
                  {item.companyName}
                </Link>
              </td>
              <td className={cell}>
                <Link href={itemPage} className="text-brand hover:underline">
                  {item.displayName}
                </Link>
                <span className="block text-xs text-muted">{t(`kinds.${item.kind}`)}</span>
              </td>
              <td className={cell}>
                {item.kind === "reservation"
                  ? t("reservationProduct", {
                      quantity: item.quantity,
                      product: item.productName,
                      region: item.region,
                    })
                  : t("savingsPlanProduct", {
                      commitment: formatHourlyCommitment(item.hourlyCommitmentMills, locale),
                      currency,
                    })}
              </td>
              <td className={cell}>{t(`terms.${item.term}`)}</td>
              <td className={cell}>
                <LocalDateTime iso={item.expiresAt.toISOString()} />
              </td>
              <td className={cell}>{item.autoRenew ? t("autoRenew.on") : t("autoRenew.off")}</td>
              <td className={cell}>
                {item.renewalTotalMinor === null
                  ? t("noLongerSold")
                  : formatMoney(item.renewalTotalMinor, currency, locale)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
