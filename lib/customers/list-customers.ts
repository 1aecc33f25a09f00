import { z } from "zod";
import { azureFilters, countCustomers, customerRows, type AzureFilter } from "@/db/customer-search";
import type { PartnerActor } from "@/lib/access/actor";

/** The longest search there is a point to: company names and domains are shorter. */
export const customerSearchMaxLength = 100;

export const customerListQuery = z.object({
  q: z.string().trim().catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  // Whom a bulk change can turn a permission on for (an active Azure plan), or not; anything else: every customer.
  azure: z.enum(azureFilters).optional().catch(undefined),
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
  azure: AzureFilter | undefined;
  /**
   * Why a search found nothing without looking: it is longer than any name (`too_long`), or has no letters or
   * digits to look for (`no_searchable_words`). The page says so instead of showing every customer.
   */
  searchProblem: "too_long" | "no_searchable_words" | null;
};

/** The words of what a person typed: letters and digits, lower case; null when there are none to look for. */
export function customerSearchWords(q: string): string[] | null {
  return q.toLowerCase().match(/[\p{L}\p{N}]+/gu);
}

/** The partner's customers, by company name, searched by the start of any word, paged on the server. */
export async function listCustomers(actor: PartnerActor, rawQuery: unknown): Promise<CustomerList> {
  const { q, page: requestedPage, azure } = customerListQuery.parse(rawQuery);
  const searchProblem =
    q.length > customerSearchMaxLength ? "too_long" : q && !customerSearchWords(q) ? "no_searchable_words" : null;
  if (searchProblem) return { rows: [], total: 0, page: 1, pageCount: 1, q, azure, searchProblem };
  const search = { partnerId: actor.partnerId, words: customerSearchWords(q), azure };
  const total = await countCustomers(search);
  const pageCount = Math.max(1, Math.ceil(total / customersPageSize));
  // Past the last page (an old link, a shorter search): show the last page rather than an empty one.
  const page = Math.min(requestedPage, pageCount);
  const rows = await customerRows(search, customersPageSize, (page - 1) * customersPageSize);
  return {
    rows: rows.map(({ id: _id, ...row }) => row),
    total,
    page,
    pageCount,
    q,
    azure,
    searchProblem: null,
  };
}
