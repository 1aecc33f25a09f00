import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { customers, purchaseApprovals } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { fail, ok } from "@/lib/result";

/** A submission of one of the partner's customers; another partner's is absent. */
export async function findPartnerApproval(tx: Tx, actor: PartnerActor, approvalId: string) {
  const [found] = await tx
    .select({ approval: purchaseApprovals, customer: customers })
    .from(purchaseApprovals)
    .innerJoin(customers, eq(customers.id, purchaseApprovals.customerId))
    .where(and(eq(purchaseApprovals.approvalId, approvalId.toLowerCase()), eq(customers.partnerId, actor.partnerId)))
    .limit(1);
  return found;
}

/** A submission still waiting, that this agent may decide. */
export async function findPendingApproval(tx: Tx, actor: PartnerActor, approvalId: string) {
  const found = await findPartnerApproval(tx, actor, approvalId);
  if (!found) return fail("not_found", "purchaseApprovals.errors.notFound");
  if (!can(actor.role, "buyOnBehalf")) return fail("forbidden", "purchaseApprovals.errors.onlyAdminsDecide");
  if (found.approval.status !== "pending") {
    return fail("conflict", "purchaseApprovals.errors.alreadyDecided", { status: found.approval.status });
  }
  return ok(found);
}
