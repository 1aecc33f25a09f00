import { openedDatabase } from "./client";

/**
 * The customer list's search and order, the one query written per engine for speed (decision records 005 and 024):
 * every word typed must start a word of the company name or primary domain, ignoring case and accents ("wing toys"
 * finds Wingtip Toys, "cafe" finds Café), and customers come by company name, ignoring case, then by id.
 * - SQLite: the FTS5 index `customer_search` (prefix queries), ordered by `company_name collate nocase`.
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
    // Quoting each word keeps FTS syntax out of what people type.
    return {
      from: `from customer_search join customers c on c.id = customer_search.rowid
             where customer_search match ? and c.partner_id = ?`,
      values: [words.map((word) => `"${word}"*`).join(" "), partnerId],
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

export async function countCustomers(search: CustomerSearch): Promise<number> {
  const { from, values } = matching(search, openedDatabase().engine);
  const [{ n }] = await run<{ n: number | string }>(`select count(*) as n ${from}`, values);
  return Number(n);
}

/**
 * One page of the partner's customers that match, by name. The page's ids are found first and its columns read for
 * them alone: PostgreSQL would otherwise work out the Azure and permission columns for every row an OFFSET skips.
 */
export async function customerRows(
  search: CustomerSearch,
  limit: number,
  offset: number,
): Promise<CustomerSearchRow[]> {
  const engine = openedDatabase().engine;
  const { from, values } = matching(search, engine);
  const order = `${nameOrder(engine)}, c.id`;
  const rows = await run<CustomerSearchRow>(
    `select ${rowColumns}
     from (select c.id ${from} order by ${order} limit ? offset ?) page join customers c on c.id = page.id
     order by ${order}`,
    [...values, limit, offset],
  );
  return rows.map((row) => ({
    ...row,
    hasAzureSubscription: Boolean(row.hasAzureSubscription),
    reservationPurchaseAllowed: Boolean(row.reservationPurchaseAllowed),
  }));
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
  const engine = openedDatabase().engine;
  const { from, values } = matching(search, engine);
  const order = nameOrder(engine);
  const afterName = engine === "sqlite" ? "? collate nocase" : `lower(?) collate "C"`;
  const keyset = after ? `and (${order} > ${afterName} or (${order} = ${afterName} and c.id > ?))` : "";
  const rows = await run<{ id: number }>(`select c.id as "id" ${from} ${keyset} order by ${order}, c.id limit ?`, [
    ...values,
    ...(after ? [after[0], after[0], after[1]] : []),
    limit,
  ]);
  return rows.map((row) => row.id);
}
