import { z } from "zod";
import { purchaseApprovalStatuses, purchaseKinds } from "@/db/schema";
import type { CustomerPurchaseControls } from "@/lib/purchase-controls/get-purchase-controls";
import type { PurchaseApprovalRow } from "@/lib/purchase-approvals/list-purchase-approvals";
import { microsoftId, reason } from "@/lib/validation";

// The purchase controls and purchase approvals of the partner API: their resources, bodies and queries, and the
// ETag a save's If-Match carries (the version the controls were read at).

const cents = z.int().nullable();
const controlValues = z.object({
  monthlyLimitMinor: cents.describe("The most the customer's own purchases may commit in a calendar month (UTC)."),
  approvalAboveMinor: cents.describe("Above this commitment a customer's purchase waits for the partner's approval."),
});

export const purchaseControlsResource = z
  .object({
    customerId: z.guid(),
    followsDefaults: z
      .boolean()
      .describe("Whether the partner's defaults apply rather than the customer's own values."),
    ...controlValues.shape,
    defaults: controlValues,
    applied: controlValues.describe("What applies now: the defaults, or the customer's own values."),
    thisMonth: z.object({
      usedMinor: z.int().describe("What the customer's own purchases committed this calendar month (UTC)."),
      leftMinor: cents.describe("What is left of the limit; null without a limit."),
    }),
    currency: z.string().length(3),
    attributes: z.object({ objectType: z.literal("PurchaseControls"), etag: z.string() }),
  })
  .meta({ id: "PurchaseControls" });

/** PUT's body; the version is the If-Match header's. Amounts in cents; null is no limit. */
export const purchaseControlsBody = z
  .object({
    followsDefaults: z.boolean(),
    monthlyLimitMinor: z.int().nullable().optional(),
    approvalAboveMinor: z.int().nullable().optional(),
  })
  .meta({ id: "PurchaseControlsUpdate" });

/** The ETag of a version: a strong validator, as only this version has these values. */
export const etagOf = (version: number) => `"${version}"`;

/** The version an If-Match names ("3" or W/"3"); null when it names none or something else. */
export function versionFromIfMatch(header: string | null): number | null {
  const match = header && /^\s*(?:W\/)?"(\d{1,15})"\s*$/.exec(header);
  return match ? Number(match[1]) : null;
}

export function purchaseControlsResourceOf(
  customerId: string,
  controls: CustomerPurchaseControls,
): z.output<typeof purchaseControlsResource> {
  const { followsDefaults, own, defaults, month, currency, version } = controls;
  return {
    customerId,
    followsDefaults,
    ...own,
    defaults,
    applied: { monthlyLimitMinor: month.monthlyLimitMinor, approvalAboveMinor: month.approvalAboveMinor },
    thisMonth: { usedMinor: month.usedMinor, leftMinor: month.leftMinor },
    currency,
    attributes: { objectType: "PurchaseControls", etag: etagOf(version) },
  };
}

export const purchaseApprovalResource = z
  .object({
    id: z.guid(),
    customerId: z.guid(),
    companyName: z.string(),
    kind: z.enum(purchaseKinds),
    status: z.enum(purchaseApprovalStatuses),
    submittedBy: z.string(),
    submittedAt: z.iso.datetime({ offset: true }),
    decidedAt: z.iso.datetime({ offset: true }).nullable(),
    declineReason: z.string().nullable(),
    item: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .nullable()
      .describe(
        "What was submitted: product, quantity, region (reservations) or hourlyCommitmentMills (savings plans); term, billingPlan.",
      ),
    quotedTotal: z.object({ amountMinor: z.int(), currency: z.string().length(3) }),
    quoteHeld: z.boolean().describe("Approving now buys at the quoted total (within 7 days of the submission)."),
    orderId: z.guid().nullable(),
    thisMonth: z
      .object({ usedMinor: z.int(), limitMinor: cents, leftAfterMinor: cents })
      .nullable()
      .describe(
        "Pending ones: the customer's month, and what approving now would leave (negative: it would be refused).",
      ),
    attributes: z.object({ objectType: z.literal("PurchaseApproval") }),
  })
  .meta({ id: "PurchaseApproval" });

export function purchaseApprovalResourceOf(row: PurchaseApprovalRow): z.output<typeof purchaseApprovalResource> {
  const item: Record<string, string | number> | null =
    row.item?.kind === "reservation"
      ? { product: row.item.productName, quantity: row.item.quantity, region: row.item.region }
      : row.item
        ? { hourlyCommitmentMills: row.item.hourlyCommitmentMills }
        : null;
  return {
    id: row.approvalId,
    customerId: row.customerTenantId,
    companyName: row.companyName,
    kind: row.kind,
    status: row.status,
    submittedBy: row.requestedBy,
    submittedAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    declineReason: row.declineReason,
    item: item && row.item && { ...item, term: row.item.term, billingPlan: row.item.billingPlan },
    quotedTotal: { amountMinor: row.quotedTotalMinor, currency: row.currency },
    quoteHeld: row.quoteHeld,
    orderId: row.orderId,
    thisMonth: row.month,
    attributes: { objectType: "PurchaseApproval" },
  };
}

export const purchaseApprovalsQuery = z.object({
  status: z.enum(purchaseApprovalStatuses, { message: reason("purchaseApprovals.errors.status") }).optional(),
  customerId: microsoftId.optional(),
});

export const approvedPurchaseResource = z
  .object({
    approvalId: z.guid(),
    kind: z.enum(purchaseKinds),
    orderId: z.guid(),
    total: z.object({ amountMinor: z.int(), currency: z.string().length(3) }),
  })
  .meta({ id: "ApprovedPurchase" });

export const declinePurchaseBody = z.object({ reason: z.string().max(1000) }).meta({ id: "PurchaseDecline" });
