import { z } from "zod";
import type { PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { operationTypes, resourceTypes } from "@/lib/activity/operations";
import {
  readActivityEntry,
  readActivityPage,
  type ActivityCriteria,
  type ActivityEntryRow,
} from "@/lib/activity/list-activity";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason } from "@/lib/validation";
import { continuationToken, pageSize, readContinuationToken } from "./continuation";
import type { auditRecordResource } from "./resources";

const dayMs = 24 * 60 * 60 * 1000;

/** A day (YYYY-MM-DD, UTC) or an instant (ISO 8601 with its offset). */
const dateOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  message: reason("developers.errors.dateOrInstant"),
});

/**
 * Partner Center's audit-record filter, a JSON object in the `filter` parameter: a company name (substring), a
 * customer id, a resource type (equals), and — Partner Console's addition — an operation type.
 */
export const auditRecordFilter = z.discriminatedUnion(
  "Field",
  [
    z.object({
      Field: z.literal("CompanyName"),
      Value: z.string().trim().min(1).max(200),
      Operator: z.literal("substring"),
    }),
    z.object({ Field: z.literal("CustomerId"), Value: microsoftId, Operator: z.literal("equals") }),
    z.object({ Field: z.literal("ResourceType"), Value: z.enum(resourceTypes), Operator: z.literal("equals") }),
    z.object({ Field: z.literal("OperationType"), Value: z.enum(operationTypes), Operator: z.literal("equals") }),
  ],
  { message: reason("developers.errors.filterField") },
);

export const auditRecordsQuery = z.object({
  startDate: dateOrInstant.optional(),
  endDate: dateOrInstant.optional(),
  size: pageSize,
  filter: z
    .string()
    .max(1000)
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: "custom", message: reason("developers.errors.filterJson") });
        return z.NEVER;
      }
    })
    .pipe(auditRecordFilter)
    .optional(),
  continuationToken: z.string().max(200).optional(),
});

/** A date starts at its UTC midnight; as an end it takes in its whole day. */
function instantOf(value: string, as: "start" | "end"): Date {
  if (value.includes("T")) return new Date(value);
  const midnight = Date.parse(`${value}T00:00:00Z`);
  return new Date(as === "start" ? midnight : midnight + dayMs);
}

type AuditRecord = z.output<typeof auditRecordResource>;

function auditRecordOf(entry: ActivityEntryRow, partnerTenantId: string): AuditRecord {
  return {
    id: String(entry.id),
    partnerId: partnerTenantId,
    customerId: entry.customerTenantId,
    customerName: entry.customerName,
    userPrincipalName: entry.actorEmail,
    resourceType: entry.resourceType,
    resourceOldValue: entry.oldValue,
    resourceNewValue: entry.newValue,
    operationType: entry.operationType,
    operationDate: entry.createdAt.toISOString(),
    operationStatus: entry.status,
    customizedData: [],
    attributes: { objectType: "AuditRecord" },
  };
}

const position = z.tuple([z.int(), z.int()]);

/**
 * GET /v1/auditrecords: the partner's Activity log in the shape of Partner Center's audit records, newest first,
 * by default over the last 30 days, filtered and continued by token. Who may read it is the Activity log's rule.
 */
export async function listAuditRecords(
  actor: PartnerActor,
  rawQuery: unknown,
  now = new Date(),
): Promise<Result<{ items: AuditRecord[]; next: string | null }>> {
  const query = parseInput(auditRecordsQuery, rawQuery);
  if (!query.ok) return query;
  if (!can(actor.role, "viewActivityLog")) return fail("forbidden", "developers.errors.onlyAdminsAudit");
  const { startDate, endDate, size, filter } = query.data;
  const end = endDate ? instantOf(endDate, "end") : new Date(now.getTime() + 1);
  const start = startDate ? instantOf(startDate, "start") : new Date(end.getTime() - 30 * dayMs);
  if (start >= end) {
    return fail("invalid_input", "developers.errors.startBeforeEnd", undefined, {
      startDate: [{ reason: "developers.errors.startBeforeEndField" }],
    });
  }
  let cursor: string | undefined;
  if (query.data.continuationToken) {
    const after = readContinuationToken(query.data.continuationToken, position);
    if (!after) {
      return fail("invalid_input", "developers.errors.continuationToken", undefined, {
        continuationToken: [{ reason: "developers.errors.continuationTokenField" }],
      });
    }
    cursor = `${after[0]}.${after[1]}`;
  }
  const criteria: ActivityCriteria = {
    start,
    end,
    cursor,
    ...(filter?.Field === "CompanyName" && { customerName: filter.Value }),
    ...(filter?.Field === "CustomerId" && { customerTenantId: filter.Value }),
    ...(filter?.Field === "ResourceType" && { resourceType: filter.Value }),
    ...(filter?.Field === "OperationType" && { action: filter.Value }),
  };
  const page = await readActivityPage(actor.partnerId, criteria, size);
  const last = page.entries.at(-1);
  return ok({
    items: page.entries.map((entry) => auditRecordOf(entry, actor.partnerTenantId)),
    next: page.nextCursor && last ? continuationToken([last.createdAt.getTime(), last.id]) : null,
  });
}

/** An audit record's id: the activity entry's integer id, as the list's records and the webhook events' AuditUri carry it. */
/**
 * An audit record's id: the activity entry's row id, a whole number a row id column holds (PostgreSQL's integer is 32
 * bits). Anything else names no record.
 */
export const auditRecordIdPattern = /^[1-9][0-9]{0,9}$/;
const auditRecordId = z.string().regex(auditRecordIdPattern).transform(Number).pipe(z.int().max(2_147_483_647));

/**
 * GET /v1/auditrecords/{id}: one audit record of the partner (a webhook event's AuditUri points here). Another
 * partner's record, or an id that names none, is not found. Who may read it is the Activity log's rule.
 */
export async function getAuditRecord(actor: PartnerActor, id: string): Promise<Result<AuditRecord>> {
  if (!can(actor.role, "viewActivityLog")) return fail("forbidden", "developers.errors.onlyAdminsAudit");
  const parsed = auditRecordId.safeParse(id);
  const entry = parsed.success ? await readActivityEntry(actor.partnerId, parsed.data) : null;
  if (!entry) return fail("not_found", "developers.errors.auditRecordNotFound");
  return ok(auditRecordOf(entry, actor.partnerTenantId));
}
