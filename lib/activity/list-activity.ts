import { customerIdsWhoseNameContains } from "@/db/customer-search";
import { containsIgnoringCase } from "@/db/text-match";
import { and, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activityEntries, customers, partnerUsers } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId } from "@/lib/validation";
import { activityWindow, type ActivityFilters } from "./activity-filters";

export const activityPageSize = 50;

const entryColumns = {
  id: activityEntries.id,
  createdAt: activityEntries.createdAt,
  customerName: activityEntries.customerName,
  customerTenantId: customers.tenantId,
  actorEmail: activityEntries.actorEmail,
  actorPartnerUserId: activityEntries.actorPartnerUserId,
  actorCustomerUserId: activityEntries.actorCustomerUserId,
  operationType: activityEntries.operationType,
  resourceType: activityEntries.resourceType,
  oldValue: activityEntries.oldValue,
  newValue: activityEntries.newValue,
  status: activityEntries.status,
};

export type ActivityEntryRow = {
  id: number;
  createdAt: Date;
  customerName: string | null;
  customerTenantId: string | null;
  actorEmail: string;
  /** Set when a partner user acted, or created the API key that did; with no user at all, the system acted. */
  actorPartnerUserId: number | null;
  /** Set when a customer user acted (a self-service purchase) rather than a partner user. */
  actorCustomerUserId: number | null;
  operationType: string;
  resourceType: string;
  oldValue: string | null;
  newValue: string | null;
  status: "succeeded" | "failed";
};

/**
 * What entries are asked for, whichever door asks: the Activity log's filters (a window of UTC days, a customer by
 * name or Microsoft ID) or the audit records API's (exact instants, a company name or a customer id, a resource type).
 */
export type ActivityCriteria = {
  start: Date;
  end: Date;
  action?: string;
  user?: string;
  /** A Microsoft ID names one customer exactly; any other text matches the company name. */
  customer?: string;
  customerTenantId?: string;
  customerName?: string;
  resourceType?: string;
  /** Only "Create/Delete Customer Purchase Permissions" entries that turned this permission on or off. */
  permission?: string;
  /** The keyset position after which to continue: "{time}.{id}" of the last entry seen. */
  cursor?: string;
};

const nameContains = (text: string) => containsIgnoringCase(activityEntries.customerName, text);

/** Up to this many customers, their entries are read customer by customer through the customer index. */
const fewCustomers = 200;

/**
 * Entries whose customer's name contains the text. An entry keeps the company name of its customer, and customers are
 * never renamed, so these are the entries of the partner's customers whose name contains it: looked up among the
 * customers first, through a trigram index (a name that matches nobody is a lookup, not a scan of the customers or of
 * a month of entries), then read through the customer index. A name that many customers share is
 * faster the other way: walking the entries newest first fills a page at once.
 */
async function customerNameContains(partnerId: number, text: string): Promise<SQL> {
  const named = await customerIdsWhoseNameContains(partnerId, text, fewCustomers + 1);
  if (named.length === 0) return sql`false`;
  if (named.length <= fewCustomers) return inArray(activityEntries.customerId, named);
  return nameContains(text);
}

/** The conditions for a partner's entries under these criteria; always scoped to the partner. */
async function matching(partnerId: number, filters: ActivityCriteria): Promise<SQL> {
  const { start, end } = filters;
  const conditions: (SQL | undefined)[] = [
    eq(activityEntries.partnerId, partnerId),
    gte(activityEntries.createdAt, start),
    lt(activityEntries.createdAt, end),
  ];
  if (filters.action) conditions.push(eq(activityEntries.operationType, filters.action));
  if (filters.user) conditions.push(eq(activityEntries.actorEmail, filters.user.toLowerCase()));
  if (filters.customer) {
    conditions.push(
      microsoftId.safeParse(filters.customer).success
        ? eq(customers.tenantId, filters.customer.toLowerCase())
        : await customerNameContains(partnerId, filters.customer),
    );
  }
  if (filters.customerTenantId) conditions.push(eq(customers.tenantId, filters.customerTenantId.toLowerCase()));
  if (filters.customerName) conditions.push(await customerNameContains(partnerId, filters.customerName));
  if (filters.resourceType) conditions.push(eq(activityEntries.resourceType, filters.resourceType));
  if (filters.permission) {
    // The entry names its permission in the policies before and after: this one is in exactly one of them.
    const named = `%"resource":"${filters.permission}"%`;
    conditions.push(
      eq(activityEntries.resourceType, "self_serve_policy"),
      sql`(coalesce(${activityEntries.oldValue}, '') like ${named}) <> (coalesce(${activityEntries.newValue}, '') like ${named})`,
    );
  }
  if (filters.cursor) {
    const [time, id] = filters.cursor.split(".").map(Number);
    const at = new Date(time);
    conditions.push(
      // The first bound alone is one the time indexes can start from: without it, PostgreSQL reads every entry newer
      // than the cursor again on each page (an export of a month went quadratic).
      lte(activityEntries.createdAt, at),
      or(lt(activityEntries.createdAt, at), and(eq(activityEntries.createdAt, at), lt(activityEntries.id, id))),
    );
  }
  return and(...conditions)!;
}

export type ActivityPage = { entries: ActivityEntryRow[]; nextCursor: string | null };

function cursorAfter(entry: ActivityEntryRow): string {
  return `${entry.createdAt.getTime()}.${entry.id}`;
}

/** One page of a partner's entries, newest first, and the cursor to continue after it when there is more. */
export async function readActivityPage(
  partnerId: number,
  filters: ActivityCriteria,
  size: number,
): Promise<ActivityPage> {
  const rows = await getDb()
    .select(entryColumns)
    .from(activityEntries)
    .leftJoin(customers, eq(customers.id, activityEntries.customerId))
    .where(await matching(partnerId, filters))
    .orderBy(desc(activityEntries.createdAt), desc(activityEntries.id))
    .limit(size + 1);
  const entries = rows.slice(0, size);
  const last = entries.at(-1);
  return { entries, nextCursor: rows.length > size && last ? cursorAfter(last) : null };
}

/** One entry of the partner's, by its id; null when there is none or it is another partner's. */
export async function readActivityEntry(partnerId: number, id: number): Promise<ActivityEntryRow | null> {
  const [row] = await getDb()
    .select(entryColumns)
    .from(activityEntries)
    .leftJoin(customers, eq(customers.id, activityEntries.customerId))
    .where(and(eq(activityEntries.partnerId, partnerId), eq(activityEntries.id, id)))
    .limit(1);
  return row ?? null;
}

/** One page of the partner's Activity log, newest first, continuing after `filters.cursor`. */
export async function listActivity(actor: PartnerActor, filters: ActivityFilters): Promise<Result<ActivityPage>> {
  if (!can(actor.role, "viewActivityLog")) {
    return fail("forbidden", "activity.errors.onlyAdminsView");
  }
  return ok(await readActivityPage(actor.partnerId, { ...filters, ...activityWindow(filters) }, activityPageSize));
}

/**
 * Every entry under the filters, newest first, read in keyset pages so that a large export
 * streams instead of sitting in memory.
 */
export async function exportActivity(
  actor: PartnerActor,
  filters: ActivityFilters,
): Promise<Result<AsyncIterable<ActivityEntryRow>>> {
  if (!can(actor.role, "viewActivityLog")) {
    return fail("forbidden", "activity.errors.onlyAdminsExport");
  }
  const partnerId = actor.partnerId;
  const criteria = { ...filters, ...activityWindow(filters) };
  async function* entries(): AsyncGenerator<ActivityEntryRow> {
    let cursor: string | undefined;
    do {
      const page = await readActivityPage(partnerId, { ...criteria, cursor }, 1000);
      yield* page.entries;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return ok(entries());
}

/** The partner's users, for the Activity log's "Partner user" filter. */
export async function listPartnerUserEmails(actor: PartnerActor): Promise<string[]> {
  const users = await getDb()
    .select({ email: partnerUsers.email })
    .from(partnerUsers)
    .where(eq(partnerUsers.partnerId, actor.partnerId))
    .orderBy(partnerUsers.email);
  return users.map((u) => u.email);
}
