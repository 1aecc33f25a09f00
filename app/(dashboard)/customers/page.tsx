import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import {
  CustomerSelection,
  SelectCustomer,
  SelectionToolbar,
  SelectPage,
} from "@/components/customers/customer-selection";
import { ClientMessages } from "@/components/i18n/client-messages";
import { StatusBadge } from "@/components/ui/status-badge";
import { PageLinks } from "@/components/ui/pagination";
import { azureFilters } from "@/db/customer-search";
import { can } from "@/lib/access/roles";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { customerSearchMaxLength, listCustomers } from "@/lib/customers/list-customers";
import { TableHead } from "@/components/ui/table-head";
import { previewPermissionJobAction, startPermissionJobAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("customers");
  return { title: t("title") };
}

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePartnerActor();
  const t = await getTranslations("customers");
  const tCommon = await getTranslations("common");
  const list = await listCustomers(actor, await searchParams);
  const pageHref = (position: { after: string } | { before: string } | null) =>
    position &&
    `/customers?${new URLSearchParams({ ...(list.q && { q: list.q }), ...(list.azure && { azure: list.azure }), ...position })}`;
  // Only Admin agents are offered the selection and the bulk change; the server refuses anyone else a job.
  const bulkActions = can(actor.role, "changeCustomerPermissions")
    ? { preview: previewPermissionJobAction, start: startPermissionJobAction }
    : undefined;

  return (
    <>
      <div className="flex items-baseline justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/customers/jobs" className="text-brand hover:underline">
          {t("jobsLink")}
        </Link>
      </div>
      <form role="search" action="/customers" className="mt-4 flex max-w-2xl flex-wrap items-center gap-2">
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
        <label htmlFor="customer-azure-filter">{t("azureFilter.label")}</label>
        <select
          id="customer-azure-filter"
          name="azure"
          defaultValue={list.azure ?? ""}
          className="rounded-sm border border-[#8a8886] px-2 py-1.5"
        >
          <option value="">{t("azureFilter.any")}</option>
          {azureFilters.map((filter) => (
            <option key={filter} value={filter}>
              {t(`azureFilter.${filter}`)}
            </option>
          ))}
        </select>
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
              : list.moreThanCap
                ? list.q
                  ? t("countMoreThanMatching", { count: list.total, q: list.q })
                  : t("countMoreThan", { count: list.total })
                : list.q
                  ? t("countMatching", { count: list.total, q: list.q })
                  : t("count", { count: list.total })}
      </p>
      {list.rows.length > 0 && (
        <ClientMessages namespaces={["customers", "permissionJobs"]}>
          {/* A new page, search or filter is a new selection: the key starts it afresh. */}
          <CustomerSelection
            key={`${list.q}|${list.azure ?? ""}|${list.previous}|${list.next}`}
            pageCustomers={list.rows.map(({ tenantId, companyName }) => ({ tenantId, companyName }))}
          >
            {bulkActions && (
              <SelectionToolbar
                total={list.moreThanCap ? null : list.total}
                search={list.azure ? null : list.q}
                bulkActions={bulkActions}
              />
            )}
            <table className="mt-2 w-full border-collapse text-left">
              <TableHead
                first={bulkActions && <SelectPage />}
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
                    {bulkActions && (
                      <td className="py-2 pr-3">
                        <SelectCustomer tenantId={customer.tenantId} companyName={customer.companyName} />
                      </td>
                    )}
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
          </CustomerSelection>
        </ClientMessages>
      )}
      <PageLinks
        previousHref={pageHref(list.previous ? { before: list.previous } : null)}
        nextHref={pageHref(list.next ? { after: list.next } : null)}
        label={t("pagination")}
      />
    </>
  );
}
