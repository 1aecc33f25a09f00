import { openedDatabase } from "./client";
import { escapeLike } from "./text-match";

/**
 * The customer list's search and order, the one query written per engine for speed (decision records 005 and 024):
 * every word typed must start a word of the company name or primary domain, ignoring case and accents ("wing toys"
 * finds Wingtip Toys, "cafe" finds Café), and customers come by company name, ignoring case, then by id.
 * - SQLite: the FTS5 index `customer_search` (prefix queries, with prefix indexes for 1 to 3 characters, migration
 *   0017), ordered by `company_name collate nocase`.
 * - PostgreSQL: the same prefix query on a word index (`customer_search_words`, `customer_search_query` and
 *   `customers_search_words_idx`, migration 0002), ordered by `lower(company_name) collate "C"` (the index
 *   `customers_partner_name_idx`): SQLite's order for ASCII names.
 */
export type CustomerSearch = {
  partnerId: number;
  words: string[] | null;
  /** Only customers with (`active`) or without (`none`) an active Azure plan or Azure Global subscription. */
  azure?: AzureFilter;
};

export const azureFilters = ["active", "none"] as const;
export type AzureFilter = (typeof azureFilters)[number];

const activeAzure = `exists(
    select 1 from subscriptions s
    where s.customer_id = c.id and s.offer_type in ('azure_plan', 'azure_global') and s.status = 'active'
  )`;

export type CustomerSearchRow = {
  id: number;
  tenantId: string;
  companyName: string;
  primaryDomain: string;
  hasAzureSubscription: boolean;
  reservationPurchaseAllowed: boolean;
};

const rowColumns = `
  c.id as "id",
  c.tenant_id as "tenantId",
  c.company_name as "companyName",
  c.primary_domain as "primaryDomain",
  ${activeAzure} as "hasAzureSubscription",
  exists(
    select 1 from customer_purchase_permissions p
    where p.customer_id = c.id and p.resource = 'AzureReservedInstances'
  ) as "reservationPurchaseAllowed"`;

/** A query written once with `?` placeholders, run on the engine this process uses. */
type Query = { from: string; values: unknown[] };

function matching(search: CustomerSearch, engine: "sqlite" | "postgres"): Query {
  const { from, values } = matchingWords(search, engine);
  if (!search.azure) return { from, values };
  return { from: `${from} and ${search.azure === "none" ? "not " : ""}${activeAzure}`, values };
}

function matchingWords({ partnerId, words }: CustomerSearch, engine: "sqlite" | "postgres"): Query {
  if (!words?.length) return { from: "from customers c where c.partner_id = ?", values: [partnerId] };
  if (engine === "sqlite") {
    return {
      from: `from customer_search join customers c on c.id = customer_search.rowid
             where customer_search match ? and c.partner_id = ?`,
      values: [ftsQuery(words), partnerId],
    };
  }
  // OFFSET 0 keeps the matches a set of their own, sorted afterwards. Otherwise PostgreSQL may walk the name index and
  // work out the words of customer after customer: it guesses how many match a prefix (it needs 100 frequent words in
  // its statistics to do better), and a wrong guess makes a rare word cost a pass over every customer.
  return {
    from: `from (select c.id, c.partner_id, c.company_name from customers c
             where public.customer_search_words(c.company_name, c.primary_domain) @@ public.customer_search_query(?)
             offset 0) c
           where c.partner_id = ?`,
    values: [words.join(" "), partnerId],
  };
}

/** Each word as a quoted prefix term: quoting keeps FTS syntax out of what people type. */
const ftsQuery = (words: string[]) => words.map((word) => `"${word}"*`).join(" ");

const nameOrder = (engine: "sqlite" | "postgres") =>
  engine === "sqlite" ? "c.company_name collate nocase" : `lower(c.company_name) collate "C"`;

async function run<T>(sql: string, values: unknown[]): Promise<T[]> {
  const open = openedDatabase();
  if (open.engine === "sqlite") return open.db.$client.prepare(sql).all(...values) as T[];
  let n = 0;
  const { rows } = await open.db.$client.query(
    sql.replace(/\?/g, () => `$${++n}`),
    values,
  );
  return rows as T[];
}

/**
 * The most customers a search counts. Counting every match costs as much as the matches, so the list stops at this
 * many and says "more than 1,000" beyond; the same number tells the page which way to find its rows (`customerPage`).
 */
export const customerCountCap = 1000;

/** How many customers match, counted up to one past the cap: a number above `customerCountCap` means "more than". */
export async function countCustomersUpTo(search: CustomerSearch): Promise<number> {
  const { from, values } = matching(search, openedDatabase().engine);
  const [{ n }] = await run<{ n: number | string }>(`select count(*) as n from (select 1 ${from} limit ?) capped`, [
    ...values,
    customerCountCap + 1,
  ]);
  return Number(n);
}

/** Where a page starts: after a customer (the next page), before one (the previous page), or at the first. */
export type CustomerKeyset = { after: [name: string, id: number] } | { before: [name: string, id: number] } | null;

/**
 * The ids of up to `limit` matching customers from `keyset`, in the direction it goes (by name, or by name backwards
 * for `before`). Two ways to find them, chosen by how many match (`many`: more than the cap):
 * - few: the matches are found through the word index and sorted, at most `customerCountCap` of them;
 * - many: the name index is walked in order and each customer checked against the search, stopping at `limit`. With
 *   more than the cap matching, a page is found after reading about `limit` × customers ÷ matches of them, whereas
 *   sorting the matches costs them all ("c" matches every customer).
 * Both give the same customers in the same order; only their cost differs.
 */
async function idsFrom(
  search: CustomerSearch,
  keyset: CustomerKeyset,
  limit: number,
  many: boolean,
): Promise<number[]> {
  const engine = openedDatabase().engine;
  const { from, values } = many ? walking(search, engine) : matching(search, engine);
  const order = nameOrder(engine);
  const name = engine === "sqlite" ? "? collate nocase" : `lower(?) collate "C"`;
  const backwards = keyset !== null && "before" in keyset;
  const position = keyset && ("after" in keyset ? keyset.after : keyset.before);
  // The first bound alone is one the name index can start from; the second settles equal names by id.
  const [bound, beyond] = backwards ? ["<=", "<"] : [">=", ">"];
  const scoped = position
    ? `${from} and ${order} ${bound} ${name} and (${order} ${beyond} ${name} or c.id ${beyond} ?)`
    : from;
  const direction = backwards ? "desc" : "asc";
  const rows = await run<{ id: number }>(
    `select c.id as "id" ${scoped} order by ${order} ${direction}, c.id ${direction} limit ?`,
    [...values, ...(position ? [position[0], position[0], position[1]] : []), limit],
  );
  const ids = rows.map((row) => row.id);
  return backwards ? ids.reverse() : ids;
}

/**
 * The partner's customers, the name index walked in order with each one checked against the search: the way to a
 * page when more than the cap match (`idsFrom`).
 */
function walking(search: CustomerSearch, engine: "sqlite" | "postgres"): Query {
  const { partnerId, words } = search;
  const all = { from: "from customers c where c.partner_id = ?", values: [partnerId] as unknown[] };
  const checked = (() => {
    if (!words?.length) return all;
    if (engine === "postgres") {
      return {
        from: `${all.from}
               and public.customer_search_words(c.company_name, c.primary_domain) @@ public.customer_search_query(?)`,
        values: [...all.values, words.join(" ")],
      };
    }
    // The set of matching ids, read once from the word index, which the walk looks each customer up in. A check of
    // its own for each customer (a MATCH constrained to its rowid) costs 15 to 130 µs where a word's prefix stands for
    // many words: more than reading the set, unless nearly every customer matches.
    return {
      from: `${all.from} and c.id in (select rowid from customer_search where customer_search match ?)`,
      values: [...all.values, ftsQuery(words)],
    };
  })();
  if (!search.azure) return checked;
  return {
    from: `${checked.from} and ${search.azure === "none" ? "not " : ""}${activeAzure}`,
    values: checked.values,
  };
}

/**
 * One page of the partner's customers that match, by name, from `keyset`, and whether there are more past it in the
 * direction it goes. `many`: more than `customerCountCap` match (from `countCustomersUpTo`). The page's ids are found
 * first and its columns read for them alone.
 */
export async function customerPage(
  search: CustomerSearch,
  keyset: CustomerKeyset,
  limit: number,
  many: boolean,
): Promise<{ rows: CustomerSearchRow[]; more: boolean }> {
  const found = await idsFrom(search, keyset, limit + 1, many);
  const more = found.length > limit;
  // Backwards, the extra customer is the first of the list; forwards, the last.
  const ids = !more ? found : keyset && "before" in keyset ? found.slice(1) : found.slice(0, limit);
  if (ids.length === 0) return { rows: [], more };
  const engine = openedDatabase().engine;
  const rows = await run<CustomerSearchRow>(
    `select ${rowColumns} from customers c where c.id in (${ids.map(() => "?").join(", ")})
     order by ${nameOrder(engine)}, c.id`,
    ids,
  );
  return {
    rows: rows.map((row) => ({
      ...row,
      hasAzureSubscription: Boolean(row.hasAzureSubscription),
      reservationPurchaseAllowed: Boolean(row.reservationPurchaseAllowed),
    })),
    more,
  };
}

/** The ids of every matching customer, in id order: what a bulk change over "all customers matching" covers. */
export async function matchingCustomerIds(search: CustomerSearch): Promise<number[]> {
  const { from, values } = matching(search, openedDatabase().engine);
  const rows = await run<{ id: number }>(`select c.id as "id" ${from} order by c.id`, values);
  return rows.map((row) => row.id);
}

/** The ids of up to `limit` matching customers after the one at `after` (name, id), by name: the API's keyset paging. */
export async function customerIdsAfter(
  search: CustomerSearch,
  after: [name: string, id: number] | null,
  limit: number,
): Promise<number[]> {
  const many = (await countCustomersUpTo(search)) > customerCountCap;
  return idsFrom(search, after && { after }, limit, many);
}

/**
 * The ids of up to `limit` of the partner's customers whose company name contains the text, ignoring case as
 * `containsIgnoringCase` does (SQLite's LIKE: ASCII case; PostgreSQL's ILIKE: any case; `%` and `_` as typed).
 * - SQLite: the candidates come from the trigram index `customer_name_search` (migration 0017), ignoring every case,
 *   and the LIKE keeps its exact meaning. The index drives the query: a name that matches nobody is a lookup.
 * - PostgreSQL: the ILIKE is served by the trigram index `customers_company_name_trgm_idx` (migration 0001).
 * A text of fewer than 3 characters has no trigram to look up: the LIKE alone then reads the partner's customers.
 */
export async function customerIdsWhoseNameContains(partnerId: number, text: string, limit: number): Promise<number[]> {
  const pattern = `%${escapeLike(text)}%`;
  const engine = openedDatabase().engine;
  const like = engine === "postgres" ? "ilike" : "like";
  const rows =
    engine === "sqlite" && [...text].length >= 3
      ? await run<{ id: number }>(
          `select c.id as "id" from customer_name_search join customers c on c.id = customer_name_search.rowid
           where customer_name_search match ? and c.partner_id = ? and c.company_name like ? escape '\\' limit ?`,
          // A quoted phrase: the text's trigrams in a row, with FTS syntax inert.
          [`"${text.replaceAll('"', '""')}"`, partnerId, pattern, limit],
        )
      : await run<{ id: number }>(
          `select c.id as "id" from customers c where c.partner_id = ? and c.company_name ${like} ? escape '\\' limit ?`,
          [partnerId, pattern, limit],
        );
  return rows.map((row) => row.id);
}
