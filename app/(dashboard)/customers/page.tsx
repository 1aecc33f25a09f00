import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { Pagination } from "@/components/ui/pagination";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { customerSearchMaxLength, listCustomers } from "@/lib/customers/list-customers";
import { TableHead } from "@/components/ui/table-head";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePartnerActor();
  const list = listCustomers(actor, await searchParams);
  const pageHref = (page: number) =>
    `/customers?${new URLSearchParams({ ...(list.q && { q: list.q }), page: String(page) })}`;

  return (
    <>
      <h1 className="text-2xl font-semibold">Customers</h1>
      <form role="search" action="/customers" className="mt-4 flex max-w-xl gap-2">
        <label htmlFor="customer-search" className="sr-only">
          Search customers
        </label>
        <input
          id="customer-search"
          name="q"
          type="search"
          defaultValue={list.q}
          placeholder="Search by company name or domain"
          className="flex-1 rounded-sm border border-[#8a8886] px-2 py-1.5"
        />
        <button type="submit" className="rounded-sm bg-brand px-4 font-semibold text-white hover:bg-brand-dark">
          Search
        </button>
      </form>
      <p className="mt-3 text-muted" role="status">
        {list.searchProblem === "too_long"
          ? `That search is too long: use at most ${customerSearchMaxLength} characters of a company name or domain.`
          : list.searchProblem === "no_searchable_words"
            ? "Search for letters or digits of a company name or domain; punctuation alone matches nothing."
            : list.total === 0
              ? list.q
                ? `No customers match "${list.q}".`
                : "You have no customers yet."
              : `${list.total.toLocaleString("en-US")} customer${list.total === 1 ? "" : "s"}${list.q ? ` matching "${list.q}"` : ""}`}
      </p>
      {list.rows.length > 0 && (
        <table className="mt-2 w-full border-collapse text-left">
          <TableHead columns={["Company name", "Primary domain", "Microsoft ID", "Azure", "Customer permissions"]} />
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
                    <StatusBadge tone="success">Active Azure subscription</StatusBadge>
                  ) : (
                    <StatusBadge tone="neutral">No active Azure subscription</StatusBadge>
                  )}
                </td>
                <td className="py-2 pr-4">
                  {customer.reservationPurchaseAllowed ? (
                    <StatusBadge tone="info">On</StatusBadge>
                  ) : (
                    <StatusBadge tone="neutral">Off</StatusBadge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={pageHref} label="Customer pages" />
    </>
  );
}
