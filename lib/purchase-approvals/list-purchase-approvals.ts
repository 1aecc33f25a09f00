import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  customers,
  customerUsers,
  orders,
  purchaseApprovals,
  type BillingPlan,
  type PurchaseApprovalStatus,
  type PurchaseKind,
  type ReservationTerm,
} from "@/db/schema";
import type { CustomerActor, PartnerActor } from "@/lib/access/actor";
import { leftAfter } from "@/lib/purchase-controls/purchase-control-rules";
import { readAllowance } from "@/lib/purchase-controls/read-purchase-controls";
import { atQuotedPrice } from "./purchase-approval-rules";
import { storedPurchase } from "./purchase-of-kind";

type Reader = Pick<Db, "select">;

/** What was submitted, as the pages put it into words: a reservation's product, or a savings plan's commitment. */
export type SubmittedItem = { term: ReservationTerm; billingPlan: BillingPlan } & (
  | { kind: "reservation"; productName: string; quantity: number; region: string }
  | { kind: "savings_plan"; hourlyCommitmentMills: number }
);

/** What the customer's month would look like if it were approved now (pending purchases, for the partner). */
export type MonthIfApproved = {
  usedMinor: number;
  limitMinor: number | null;
  /** What approving now would leave of the limit; negative when it would pass it (then approving is refused). */
  leftAfterMinor: number | null;
};

export type PurchaseApprovalRow = {
  approvalId: string;
  kind: PurchaseKind;
  item: SubmittedItem | null;
  status: PurchaseApprovalStatus;
  declineReason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  companyName: string;
  customerTenantId: string;
  requestedBy: string;
  quotedTotalMinor: number;
  currency: string;
  /** Approving now buys at the quoted price (within 7 days of the submission); later, at the price of then. */
  quoteHeld: boolean;
  /** The order approving bought. */
  orderId: string | null;
  month: MonthIfApproved | null;
};

function submittedItem(kind: PurchaseKind, choice: string): SubmittedItem | null {
  const item = storedPurchase(kind, choice);
  if ("ok" in item) return null;
  const { term, billingPlan } = item.choice;
  if (item.kind === "reservation") {
    const { quantity, region } = item.choice;
    return { kind: "reservation", productName: item.product.name, quantity, region, term, billingPlan };
  }
  return { kind: "savings_plan", hourlyCommitmentMills: item.choice.hourlyCommitment, term, billingPlan };
}

async function listWhere(db: Reader, where: SQL | undefined, forPartner: boolean, now: Date) {
  const rows = await db
    .select({
      approval: purchaseApprovals,
      customer: customers,
      requestedBy: customerUsers.displayName,
      orderId: orders.orderId,
    })
    .from(purchaseApprovals)
    .innerJoin(customers, eq(customers.id, purchaseApprovals.customerId))
    .innerJoin(customerUsers, eq(customerUsers.id, purchaseApprovals.requestedByCustomerUserId))
    .leftJoin(orders, eq(orders.id, purchaseApprovals.orderId))
    .where(where)
    .orderBy(desc(purchaseApprovals.createdAt), desc(purchaseApprovals.id))
    .limit(200);
  return Promise.all(
    rows.map(async ({ approval, customer, requestedBy, orderId }): Promise<PurchaseApprovalRow> => {
      let month: MonthIfApproved | null = null;
      if (forPartner && approval.status === "pending") {
        const allowed = await readAllowance(db, customer, now);
        month = {
          usedMinor: allowed.usedMinor,
          limitMinor: allowed.monthlyLimitMinor,
          leftAfterMinor: leftAfter(approval.quotedTotalMinor, allowed),
        };
      }
      return {
        approvalId: approval.approvalId,
        kind: approval.kind,
        item: submittedItem(approval.kind, approval.choice),
        status: approval.status,
        declineReason: approval.declineReason,
        createdAt: approval.createdAt,
        decidedAt: approval.decidedAt,
        companyName: customer.companyName,
        customerTenantId: customer.tenantId,
        requestedBy,
        quotedTotalMinor: approval.quotedTotalMinor,
        currency: approval.currency,
        quoteHeld: approval.status === "pending" && atQuotedPrice(approval.createdAt, now),
        orderId: orderId ?? null,
        month,
      };
    }),
  );
}

/**
 * The partner's submitted purchases, newest first, with each pending one's month as approving would leave it. The
 * month's figures use the quoted total: after 7 days approving re-quotes, and the approval itself checks again.
 */
export function listPartnerPurchaseApprovals(
  db: Reader,
  actor: PartnerActor,
  filter: { status?: PurchaseApprovalStatus; customerId?: number } = {},
  now = new Date(),
): Promise<PurchaseApprovalRow[]> {
  const conditions = [eq(customers.partnerId, actor.partnerId)];
  if (filter.status) conditions.push(eq(purchaseApprovals.status, filter.status));
  if (filter.customerId) conditions.push(eq(purchaseApprovals.customerId, filter.customerId));
  return listWhere(db, and(...conditions), true, now);
}

/** A customer's own submitted purchases, for their Requests page: what they asked, and the answer. */
export function listCustomerPurchaseApprovals(
  db: Reader,
  actor: CustomerActor,
  now = new Date(),
): Promise<PurchaseApprovalRow[]> {
  return listWhere(db, eq(purchaseApprovals.customerId, actor.customerId), false, now);
}
