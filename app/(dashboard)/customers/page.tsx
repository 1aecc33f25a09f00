import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/ui/status-badge";
import { Pagination } from "@/components/ui/pagination";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { customerSearchMaxLength, listCustomers } from "@/lib/customers/list-customers";
import { TableHead } from "@/components/ui/table-head";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("customers");
  return { title: t("title") };
}

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePartnerActor();
  const t = await getTranslations("customers");
  const tCommon = await getTranslations("common");
  const list = await listCustomers(actor, await searchParams);
  const pageHref = (page: number) =>
    `/customers?${new URLSearchParams({ ...(list.q && { q: list.q }), page: String(page) })}`;

  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <form role="search" action="/customers" className="mt-4 flex max-w-xl gap-2">
        <label htmlFor="customer-search" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="customer-search"
          name="q"
          type="search"
          defaultValue={list.q}
          placeholder={t("searchPlaceholder")}
          className="flex-1 rounded-sm border border-[#8a8886] px-2 py-1.5"
        />
        <button type="submit" className="rounded-sm bg-brand px-4 font-semibold text-white hover:bg-brand-dark">
          {t("searchButton")}
        </button>
      </form>
      <p className="mt-3 text-muted" role="status">
        {list.searchProblem === "too_long"
          ? t("searchTooLong", { max: customerSearchMaxLength })
          : list.searchProblem === "no_searchable_words"
            ? t("searchNoWords")
            : list.total === 0
              ? list.q
                ? t("noMatch", { q: list.q })
                : t("noCustomers")
              : list.q
                ? t("countMatching", { count: list.total, q: list.q })
                : t("count", { count: list.total })}
      </p>
      {list.rows.length > 0 && (
        <table className="mt-2 w-full border-collapse text-left">
          <TableHead
            columns={[
              t("columns.companyName"),
              t("columns.primaryDomain"),
              t("columns.microsoftId"),
              t("columns.azure"),
              t("columns.permissions"),
            ]}
          />
          <tbody>
            {list.rows.map((customer) => (
              <tr key={customer.tenantId} className="border-b border-line hover:bg-[#faf9f8]">
                <td className="py-2 pr-4">
                  <Link href={`/customers/${customer.tenantId}/account`} className="text-brand hover:underline">
                    {customer.companyName}
                  </Link>
                </td>
                <td className="py-2 pr-4">{customer.primaryDomain}</td>
                <td className="py-2 pr-4 font-mono text-xs">{customer.tenantId}</td>
                <td className="py-2 pr-4">
                  {customer.hasAzureSubscription ? (
                    <StatusBadge tone="success">{t("azureActive")}</StatusBadge>
                  ) : (
                    <StatusBadge tone="neutral">{t("azureNone")}</StatusBadge>
                  )}
                </td>
                <td className="py-2 pr-4">
                  {customer.reservationPurchaseAllowed ? (
                    <StatusBadge tone="info">{tCommon("on")}</StatusBadge>
                  ) : (
                    <StatusBadge tone="neutral">{tCommon("off")}</StatusBadge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={pageHref} label={t("pagination")} />
    </>
  );
}
