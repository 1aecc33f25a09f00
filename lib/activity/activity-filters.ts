import { z } from "zod";
import { purchasePermissionResources } from "@/db/schema";
import { operationTypes } from "./operations";

const dayMs = 24 * 60 * 60 * 1000;
/** A real calendar day as YYYY-MM-DD: 2024-13-01 and 2024-02-31 are not. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => {
    const parsed = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day);
  });

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The Activity log's filters, read from the URL; anything unreadable falls back to the default. */
export const activityFilterSchema = z
  .object({
    from: isoDate.optional().catch(undefined),
    to: isoDate.optional().catch(undefined),
    action: z.enum(operationTypes).optional().catch(undefined),
    /** Customer purchase permission entries about this permission only (reservations or savings plans). */
    permission: z.enum(purchasePermissionResources).optional().catch(undefined),
    customer: z.string().trim().max(200).optional().catch(undefined),
    user: z.string().trim().max(320).optional().catch(undefined),
    cursor: z
      .string()
      .regex(/^\d+\.\d+$/)
      .optional()
      .catch(undefined),
  })
  .transform((f) => ({
    ...f,
    customer: f.customer || undefined,
    user: f.user || undefined,
  }));

/** The filters a reader can type or pick, in the order the form shows them. */
export const activityFilterFields = ["from", "to", "action", "permission", "customer", "user"] as const;
export type ActivityFilterField = (typeof activityFilterFields)[number];

export type ActivityFilters = z.output<typeof activityFilterSchema> & {
  from: string;
  to: string;
  /** Filters given but unreadable (a non-date, an unknown action, an over-long name): left out, and said so. */
  ignored: ActivityFilterField[];
};

/** Parses the filters and fills in the default date range: the last 30 days, today included (UTC). */
export function readActivityFilters(raw: unknown, now: Date = new Date()): ActivityFilters {
  const given = (raw ?? {}) as Record<string, unknown>;
  const parsed = activityFilterSchema.parse(given);
  const ignored = activityFilterFields.filter(
    (field) => typeof given[field] === "string" && (given[field] as string).trim() !== "" && !parsed[field],
  );
  const to = parsed.to ?? utcDay(now);
  const from = parsed.from ?? utcDay(new Date(Date.parse(`${to}T00:00:00Z`) - 30 * dayMs));
  return { ...parsed, from, to, ignored };
}

/** The time window the dates cover: from the start of From to the end of To, in UTC. */
export function activityWindow(filters: Pick<ActivityFilters, "from" | "to">): { start: Date; end: Date } {
  return {
    start: new Date(`${filters.from}T00:00:00Z`),
    end: new Date(Date.parse(`${filters.to}T00:00:00Z`) + dayMs),
  };
}

/** The query string for these filters (without the cursor unless given), for links and the export. */
export function activityFilterSearch(filters: ActivityFilters, cursor?: string): string {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.action) params.set("action", filters.action);
  if (filters.permission) params.set("permission", filters.permission);
  if (filters.customer) params.set("customer", filters.customer);
  if (filters.user) params.set("user", filters.user);
  if (cursor) params.set("cursor", cursor);
  return params.toString();
}
