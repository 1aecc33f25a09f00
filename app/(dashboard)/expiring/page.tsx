import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BulkAutoRenewForm } from "@/components/expiring/bulk-auto-renew-form";
import { ExpiringFiltersForm } from "@/components/expiring/expiring-filters-form";
import { ExpiringTable } from "@/components/expiring/expiring-table";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonLinkClass } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/access/roles";
import { getActorRef, requirePartnerActor } from "@/lib/auth/current-actor";
import { expiringQuery, expiringSearch } from "@/lib/expiring/expiring-query";
import { listExpiringPurchases } from "@/lib/expiring/list-expiring-purchases";
import { describeFailure } from "@/lib/i18n/describe";
import { readerWords } from "@/lib/i18n/server";
import { turnOnAutoRenewAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("expiring");
  return { title: t("title") };
}

export default async function ExpiringSoonPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePartnerActor();
  const given = await searchParams;
  const t = await getTranslations("expiring");
  const page = await listExpiringPurchases(await getActorRef(), given);
  const heading = (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-muted">{t("intro", { partner: actor.partnerName })}</p>
    </>
  );
  if (!page.ok) {
    // A hand-edited address: say what is wrong with it, and offer the form with its defaults.
    return (
      <>
        {heading}
        <ExpiringFiltersForm query={expiringQuery.parse({})} />
        <p role="alert" className="mt-4 rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
          {describeFailure(page, await readerWords()).message}
        </p>
      </>
    );
  }

  const query = expiringQuery.parse(given);
  const { items, totalCount, pageCount, currency } = page.data;
  const selectable = can(actor.role, "manageCustomerPurchases");
  const roles = await getTranslations("roles");
  const table = items.length > 0 && (
    <ExpiringTable items={items} currency={currency} query={query} selectable={selectable} />
  );
  return (
    <>
      {heading}
      <ExpiringFiltersForm query={query} />
      <div className="mt-4 flex items-center justify-between">
        <p role="status" className="text-muted">
          {totalCount === 0
            ? t("noMatch", { days: query.within })
            : t("showing", { count: totalCount, days: query.within })}
        </p>
        <a href={`/expiring/export?${expiringSearch(query)}`} className={buttonLinkClass} download>
          {t("export")}
        </a>
      </div>
      {selectable && table ? (
        <ClientMessages namespaces={["expiring"]}>
          <BulkAutoRenewForm action={turnOnAutoRenewAction}>{table}</BulkAutoRenewForm>
        </ClientMessages>
      ) : (
        <>
          {table}
          {table && <p className="mt-4 text-muted">{t("readOnly", { role: roles("admin_agent") })}</p>}
        </>
      )}
      <Pagination
        page={query.page}
        pageCount={pageCount}
        hrefFor={(n) => `/expiring?${expiringSearch(query, n)}`}
        label={t("pagesLabel")}
      />
    </>
  );
}
