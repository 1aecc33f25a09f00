import { z } from "zod";
import { purchaseKinds } from "@/db/schema";
import { reason, wholeNumberOr } from "@/lib/validation";
import { expiringWindows, type ExpiringWindow } from "./expiring-purchases";

/** What the list can be sorted by: the end date, the customer's name, or what the renewal would cost today. */
export const expiringSorts = ["endDate", "customer", "renewalPrice"] as const;
export type ExpiringSort = (typeof expiringSorts)[number];
export const sortOrders = ["asc", "desc"] as const;
export type SortOrder = (typeof sortOrders)[number];

/** A page of the dashboard's list; the API may ask for up to 500. */
export const expiringPageSize = 50;

// A GET form sends every field, the ones left blank as "": those are simply not asked for.
const blankIsAbsent = (value: unknown) => (value === "" ? undefined : value);

const withinMessage = reason("expiring.errors.within");
/** A window in days: 30, 60 or 90, as a JSON number or a query string's digits. */
const within = z.union(
  [
    z.literal(expiringWindows, withinMessage),
    z.enum(["30", "60", "90"], withinMessage).transform((days) => expiringWindowOf[days]),
  ],
  { message: withinMessage },
);
const expiringWindowOf: Record<`${ExpiringWindow}`, ExpiringWindow> = { 30: 30, 60: 60, 90: 90 };

/** The Expiring soon list's filters, order and page, as the page's URL, the CSV export and the API give them. */
export const expiringQuery = z.object({
  within: within.default(30).describe("Ends within this many days from now: 30, 60 or 90."),
  kind: z
    .preprocess(blankIsAbsent, z.enum(purchaseKinds, reason("expiring.errors.kind")).optional())
    .describe("Only reservations, or only savings plans."),
  autoRenew: z
    .preprocess(blankIsAbsent, z.enum(["on", "off"], reason("expiring.errors.autoRenew")).optional())
    .describe("Only those with auto-renew on, or off."),
  search: z
    .preprocess(blankIsAbsent, z.string().trim().max(100, reason("expiring.errors.searchTooLong")).optional())
    .describe("Only customers whose company name contains this, ignoring case."),
  sort: z.preprocess(blankIsAbsent, z.enum(expiringSorts, reason("expiring.errors.sort")).default("endDate")),
  order: z.preprocess(blankIsAbsent, z.enum(sortOrders, reason("expiring.errors.order")).default("asc")),
  page: wholeNumberOr(1, { whole: reason("expiring.errors.page") }, { min: 1, max: 1_000_000 }),
  size: wholeNumberOr(expiringPageSize, { whole: reason("expiring.errors.size") }, { min: 1, max: 500 }),
});
export type ExpiringQuery = z.output<typeof expiringQuery>;

/** The query string of these filters, sorted so, for links and the export (the page is left out: it starts at 1). */
export function expiringSearch(
  query: Pick<ExpiringQuery, "within" | "kind" | "autoRenew" | "search" | "sort" | "order">,
  page?: number,
): string {
  const params = new URLSearchParams({ within: String(query.within) });
  if (query.kind) params.set("kind", query.kind);
  if (query.autoRenew) params.set("autoRenew", query.autoRenew);
  if (query.search) params.set("search", query.search);
  params.set("sort", query.sort);
  params.set("order", query.order);
  if (page && page > 1) params.set("page", String(page));
  return params.toString();
}
