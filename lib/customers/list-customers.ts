import { z } from "zod";
import {
  azureFilters,
  countCustomersUpTo,
  customerCountCap,
  customerPage,
  type AzureFilter,
  type CustomerKeyset,
} from "@/db/customer-search";
import type { PartnerActor } from "@/lib/access/actor";
import { continuationToken, readContinuationToken } from "@/lib/api/continuation";

/** The longest search there is a point to: company names and domains are shorter. */
export const customerSearchMaxLength = 100;

export const customerListQuery = z.object({
  q: z.string().trim().catch(""),
  // Where the page starts: after (the next page) or before (the previous page) a customer, as an opaque position.
  // An old `?page=` link, like a position that makes no sense, shows the first page.
  after: z.string().optional().catch(undefined),
  before: z.string().optional().catch(undefined),
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

/** A customer's place in the list: its company name, then its id for equal names. */
const customerPosition = z.tuple([z.string(), z.number().int().positive()]);

export type CustomerList = {
  rows: CustomerListRow[];
  /** How many customers match, exactly up to `customerCountCap`; the cap itself when `moreThanCap`. */
  total: number;
  /** More than `customerCountCap` customers match: the list says "more than", not how many. */
  moreThanCap: boolean;
  /** The positions of the previous and next pages (`before` and `after`), when there are such pages. */
  previous: string | null;
  next: string | null;
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

/** The page a request asks for: after or before a valid position, else the first. */
function keysetOf(after: string | undefined, before: string | undefined): CustomerKeyset {
  const position = (token: string | undefined) => (token ? readContinuationToken(token, customerPosition) : null);
  const afterPosition = position(after);
  if (afterPosition) return { after: afterPosition };
  const beforePosition = position(before);
  return beforePosition && { before: beforePosition };
}

/**
 * The partner's customers, by company name, searched by the start of any word, paged on the server by keyset: a page
 * costs the same at the start of the list as deep into it, and the count stops at the cap. Neither grows with the
 * number of customers (decision record 005).
 */
export async function listCustomers(actor: PartnerActor, rawQuery: unknown): Promise<CustomerList> {
  const { q, after, before, azure } = customerListQuery.parse(rawQuery);
  const searchProblem =
    q.length > customerSearchMaxLength ? "too_long" : q && !customerSearchWords(q) ? "no_searchable_words" : null;
  const nothing = { rows: [], total: 0, moreThanCap: false, previous: null, next: null, q, azure };
  if (searchProblem) return { ...nothing, searchProblem };
  const search = { partnerId: actor.partnerId, words: customerSearchWords(q), azure };
  const counted = await countCustomersUpTo(search);
  if (counted === 0) return { ...nothing, searchProblem: null };
  const many = counted > customerCountCap;
  let keyset = keysetOf(after, before);
  let page = await customerPage(search, keyset, customersPageSize, many);
  // Past either end (an old link, a shorter list), or a previous page that reaches the start: the first page, whole.
  if (keyset && (page.rows.length === 0 || ("before" in keyset && !page.more))) {
    keyset = null;
    page = await customerPage(search, keyset, customersPageSize, many);
  }
  // After the fallback, a page from a position has rows, and a previous page has more before it.
  const { rows, more } = page;
  const position = (row: (typeof rows)[number]) => continuationToken([row.companyName, row.id]);
  const backwards = keyset !== null && "before" in keyset;
  return {
    rows: rows.map(({ id: _id, ...row }) => row),
    total: Math.min(counted, customerCountCap),
    moreThanCap: many,
    previous: keyset ? position(rows[0]) : null,
    next: backwards || more ? position(rows.at(-1)!) : null,
    q,
    azure,
    searchProblem: null,
  };
}
