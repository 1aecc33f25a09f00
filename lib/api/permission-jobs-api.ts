import { z } from "zod";
import { permissionJobOutcomes, permissionJobStatuses, purchasePermissionResources } from "@/db/schema";
import { say, type Words } from "@/lib/i18n/describe";
import type { PermissionJobOutcomeRow } from "@/lib/permission-jobs/permission-job-outcomes";
import type { PermissionJobView } from "@/lib/permission-jobs/permission-job-view";
import type { PermissionJobPreview } from "@/lib/permission-jobs/preview-permission-job";
import type { Reason } from "@/lib/result";
import { pageSize } from "./continuation";

// The bulk permission jobs of the partner API: a job, its preview and its outcome per customer. The dashboard's job
// page polls the same job resource, so what a program and a person see of a job is one shape.

const instant = z.iso.datetime({ offset: true });
const partnerUser = z.object({ email: z.string(), displayName: z.string() });
const count = z.int().nonnegative();

/** Why a customer was not changed: a stable code, and its description in English (the API's language). */
const reasonResource = z.object({
  code: z.string().describe("noAzurePlan, azurePlanNotActive, starterMayNoLongerChange or unexpectedError."),
  description: z.string(),
});

export const permissionJobResource = z
  .object({
    id: z.guid(),
    resource: z.enum(purchasePermissionResources),
    enabled: z.boolean().describe("true: the permission is turned on; false: off."),
    search: z
      .string()
      .nullable()
      .describe('The search that chose the customers ("" for all customers); null when they were picked one by one.'),
    pickedCount: count.nullable().describe("How many customers were picked one by one; null for a search."),
    startedBy: partnerUser,
    startedAt: instant,
    finishedAt: instant.nullable(),
    status: z.enum(permissionJobStatuses),
    cancelledBy: partnerUser.nullable(),
    counts: z
      .object({
        total: count,
        changed: count,
        unchanged: count.describe("Already in the state asked for."),
        skipped: count.describe("Could not be changed (no active Azure plan…): see each customer's reason."),
        failed: count,
        waiting: count.describe("Not done yet; in a cancelled job, left as they were."),
      })
      .describe("Counted from the outcomes at each read."),
    secondsLeft: z
      .int()
      .nullable()
      .describe(
        "About how long the rest will take at the rate so far; null before the first is done and once finished.",
      ),
    attributes: z.object({ objectType: z.literal("PermissionJob") }),
  })
  .meta({ id: "PermissionJob" });

export type PermissionJobResource = z.output<typeof permissionJobResource>;

export const permissionJobPreviewResource = z
  .object({
    total: count,
    willChange: count,
    unchanged: count.describe("Already in the state asked for."),
    cannot: z.array(
      z.object({
        reason: reasonResource,
        count,
        customers: z
          .array(z.object({ customerId: z.guid(), companyName: z.string() }))
          .describe("The first 50 customers with this reason."),
      }),
    ),
    attributes: z.object({ objectType: z.literal("PermissionJobPreview") }),
  })
  .meta({ id: "PermissionJobPreview" });

export const permissionJobOutcomeResource = z
  .object({
    customerId: z.guid(),
    companyName: z.string(),
    outcome: z.enum(permissionJobOutcomes).nullable().describe("null: not done yet (or never, in a cancelled job)."),
    reason: reasonResource.nullable(),
    doneAt: instant.nullable(),
    attributes: z.object({ objectType: z.literal("PermissionJobOutcome") }),
  })
  .meta({ id: "PermissionJobOutcome" });

/** GET …/permissionJobs/{jobId}/customers: pages of outcomes, continued by token like audit records. */
export const permissionJobOutcomesQuery = z.object({
  size: pageSize,
  continuationToken: z.string().max(200).optional(),
});

/** The job as the API (and the job page's polling) shows it. */
export function permissionJobResourceOf(job: PermissionJobView): PermissionJobResource {
  return {
    id: job.jobId,
    resource: job.resource,
    enabled: job.enabled,
    search: job.search,
    pickedCount: job.pickedCount,
    startedBy: job.startedBy,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    status: job.status,
    cancelledBy: job.cancelledBy,
    counts: job.counts,
    secondsLeft: job.secondsLeft,
    attributes: { objectType: "PermissionJob" },
  };
}

/** A reason key as the API names it: its last part (`permissionJobs.reasons.noAzurePlan` → `noAzurePlan`). */
function reasonOf(reason: Reason, words: Words): z.output<typeof reasonResource> {
  return { code: reason.slice(reason.lastIndexOf(".") + 1), description: say(words, reason) };
}

export function permissionJobPreviewResourceOf(
  preview: PermissionJobPreview,
  words: Words,
): z.output<typeof permissionJobPreviewResource> {
  return {
    total: preview.total,
    willChange: preview.willChange,
    unchanged: preview.unchanged,
    cannot: preview.cannot.map((group) => ({
      reason: reasonOf(group.reason, words),
      count: group.count,
      customers: group.customers.map((customer) => ({
        customerId: customer.tenantId,
        companyName: customer.companyName,
      })),
    })),
    attributes: { objectType: "PermissionJobPreview" },
  };
}

export function permissionJobOutcomeResourceOf(
  row: PermissionJobOutcomeRow,
  words: Words,
): z.output<typeof permissionJobOutcomeResource> {
  return {
    customerId: row.tenantId,
    companyName: row.companyName,
    outcome: row.outcome,
    reason: row.reason ? reasonOf(row.reason, words) : null,
    doneAt: row.doneAt?.toISOString() ?? null,
    attributes: { objectType: "PermissionJobOutcome" },
  };
}
