import { z } from "zod";
import { getDb } from "@/db/client";
import type { PartnerActor } from "@/lib/access/actor";

/** The longest search there is a point to: company names and domains are shorter. */
export const customerSearchMaxLength = 100;

export const customerListQuery = z.object({
  q: z.string().trim().catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export const customersPageSize = 25;

export type CustomerListRow = {
  tenantId: string;
  companyName: string;
  primaryDomain: string;
  hasAzureSubscription: boolean;
  reservationPurchaseAllowed: boolean;
};

export type CustomerList = {
  rows: CustomerListRow[];
  total: number;
  page: number;
  pageCount: number;
  q: string;
  /**
   * Why a search found nothing without looking: it is longer than any name (`too_long`), or has no letters or
   * digits to look for (`no_searchable_words`). The page says so instead of showing every customer.
   */
  searchProblem: "too_long" | "no_searchable_words" | null;
};

/**
 * Turns what a person typed into an FTS5 query: every word must start a word of the company name or
 * domain ("wing toys" finds Wingtip Toys). Quoting each term keeps FTS syntax out of user input.
 */
export function customerSearchExpression(q: string): string | null {
  const terms = q.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!terms) return null;
  return terms.map((term) => `"${term}"*`).join(" ");
}

const rowColumns = `
  c.tenant_id as tenantId,
  c.company_name as companyName,
  c.primary_domain as primaryDomain,
  exists(
    select 1 from subscriptions s
    where s.customer_id = c.id and s.offer_type in ('azure_plan', 'azure_global') and s.status = 'active'
  ) as hasAzureSubscription,
  exists(
    select 1 from customer_purchase_permissions p
    where p.customer_id = c.id and p.resource = 'AzureReservedInstances'
  ) as reservationPurchaseAllowed`;

type RawRow = Omit<CustomerListRow, "hasAzureSubscription" | "reservationPurchaseAllowed"> & {
  hasAzureSubscription: number;
  reservationPurchaseAllowed: number;
};

/** The partner's customers, by company name, searched through the full-text index and paged on the server. */
export function listCustomers(actor: PartnerActor, rawQuery: unknown): CustomerList {
  const { q, page: requestedPage } = customerListQuery.parse(rawQuery);
  const searchProblem =
    q.length > customerSearchMaxLength ? "too_long" : q && !customerSearchExpression(q) ? "no_searchable_words" : null;
  if (searchProblem) return { rows: [], total: 0, page: 1, pageCount: 1, q, searchProblem };
  const sqlite = getDb().$client;
  const search = customerSearchExpression(q);
  const matches = search
    ? `from customer_search
       join customers c on c.id = customer_search.rowid
       where customer_search match @search and c.partner_id = @partnerId`
    : `from customers c where c.partner_id = @partnerId`;
  const parameters = search ? { search, partnerId: actor.partnerId } : { partnerId: actor.partnerId };

  const total = (sqlite.prepare(`select count(*) as n ${matches}`).get(parameters) as { n: number }).n;
  const pageCount = Math.max(1, Math.ceil(total / customersPageSize));
  // Past the last page (an old link, a shorter search): show the last page rather than an empty one.
  const page = Math.min(requestedPage, pageCount);
  const rows = sqlite
    .prepare(`select ${rowColumns} ${matches} order by c.company_name collate nocase, c.id limit @limit offset @offset`)
    .all({ ...parameters, limit: customersPageSize, offset: (page - 1) * customersPageSize }) as RawRow[];
  return {
    rows: rows.map((row) => ({
      ...row,
      hasAzureSubscription: row.hasAzureSubscription === 1,
      reservationPurchaseAllowed: row.reservationPurchaseAllowed === 1,
    })),
    total,
    page,
    pageCount,
    q,
    searchProblem: null,
  };
}
