import { and, eq, isNull, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb, type Tx } from "@/db/client";
import { savingsPlans, type SavingsPlan } from "@/db/schema";
import type { RenewalOutcome } from "@/lib/jobs/renew-each";
import type { PriceList } from "@/lib/pricing/customer-price";
import type { RenewalKind } from "@/lib/renewals/renewal-kind";
import { renewDue, renewOne } from "@/lib/renewals/renewal-loop";
import {
  formatHourlyCommitment,
  priceSavingsPlan,
  savingsPlanOfferIds,
  savingsPlanTermMonths,
  type SavingsPlanPrice,
} from "./savings-plan-rules";

const renewal = alias(savingsPlans, "renewal");

/** Savings plans with auto-renew on that have reached their end and have no renewal yet. */
async function dueSavingsPlans(now: Date): Promise<SavingsPlan[]> {
  const rows = await getDb()
    .select({ plan: savingsPlans })
    .from(savingsPlans)
    .leftJoin(renewal, eq(renewal.renewalOfSavingsPlanId, savingsPlans.id))
    .where(and(eq(savingsPlans.autoRenew, true), lte(savingsPlans.expiresAt, now), isNull(renewal.id)));
  return rows.map((row) => row.plan);
}

/**
 * What renewing a savings plan would cost at this price list: the same commitment, term and billing, at today's
 * price. Any commitment is sold for either term: a savings plan is always bought again. The renewal itself and the
 * Expiring soon page's renewal price both read it here.
 */
export function savingsPlanRenewalPrice(
  plan: Pick<SavingsPlan, "hourlyCommitmentMills" | "term" | "billingPlan">,
  priceList: PriceList,
): SavingsPlanPrice {
  return priceSavingsPlan(
    plan.hourlyCommitmentMills,
    plan.term,
    plan.billingPlan,
    priceList.savingsPlanAdjustmentBasisPoints,
  );
}

/** Renewing a savings plan: the same commitment, term, billing and scope, at today's price. */
const savingsPlanRenewals: RenewalKind<SavingsPlan, SavingsPlanPrice> = {
  noun: "savings plan",
  publicId: (plan) => plan.savingsPlanId,
  table: savingsPlans,
  renewalIndex: "savings_plans_renewal_of_idx",
  termMonths: savingsPlanTermMonths,
  due: dueSavingsPlans,
  async stillDue(tx, due) {
    const [current] = await tx.select().from(savingsPlans).where(eq(savingsPlans.id, due.id)).limit(1);
    return current.autoRenew ? current : undefined;
  },
  price: savingsPlanRenewalPrice,
  async buyAgain(tx, current, { carriedOver, price, currency }) {
    const [renewed] = await tx
      .insert(savingsPlans)
      .values({
        ...carriedOver,
        savingsPlanId: crypto.randomUUID(),
        hourlyCommitmentMills: current.hourlyCommitmentMills,
        renewalOfSavingsPlanId: current.id,
      })
      .returning();
    const commitment = `${formatHourlyCommitment(current.hourlyCommitmentMills)} ${currency}/hour`;
    return {
      renewed: { savingsPlanId: renewed.savingsPlanId },
      line: {
        offerId: savingsPlanOfferIds[current.term],
        offerName: `Azure savings plan for compute, ${commitment}, renewal`,
        quantity: 1,
        unitPriceMinor: price.totalMinor,
      },
      lineItem: { catalogItemId: savingsPlanOfferIds[current.term], termDuration: current.term },
    };
  },
  notRenewed: {
    notification: "savings_plan_not_renewed",
    customerPage: "savings-plans",
    params: (plan) => ({ savingsPlan: plan.displayName }),
    operationType: "update_savings_plan",
    resourceType: "savings_plan",
  },
};

/** Renews one savings plan due, or lets it expire and tells the partner (lib/renewals/renewal-loop.ts). */
export async function renewSavingsPlan(
  tx: Tx,
  due: SavingsPlan,
  now: Date,
): Promise<Exclude<RenewalOutcome, "failed">> {
  return renewOne(savingsPlanRenewals, tx, due, now);
}

/**
 * The savings-plan half of the renewal job: renews every savings plan due, or lets it expire when it cannot be billed,
 * exactly once even with several processes running it at the same moment (lib/renewals/renewal-loop.ts).
 */
export async function renewDueSavingsPlans(now = new Date()): Promise<Record<RenewalOutcome, number>> {
  return renewDue(savingsPlanRenewals, now);
}
