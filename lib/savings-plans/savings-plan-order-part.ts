import type { Tx } from "@/db/client";
import { orderLines, savingsPlans, type Order } from "@/db/schema";
import type { CheckedPurchase } from "@/lib/purchases/check-purchase";
import type { ItemWritten } from "@/lib/purchases/item-written";
import type { PurchaseItem } from "@/lib/purchases/purchase-item";
import { placementOf } from "@/lib/purchases/placement";
import { formatHourlyCommitment, savingsPlanOfferIds } from "./savings-plan-rules";

type SavingsPlanItem = Extract<PurchaseItem, { kind: "savings_plan" }>;

/** Azure's default name: the kind and the purchase time, e.g. SavingsPlan_12-01-2026_09-30. */
function defaultDisplayName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `SavingsPlan_${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}-${at.getUTCFullYear()}_${pad(at.getUTCHours())}-${pad(at.getUTCMinutes())}`;
}

/** A savings plan's part of an order: the plan, its line, and how the order's entry and alert name it. */
export async function writeSavingsPlanPart(
  tx: Tx,
  order: Order,
  purchase: CheckedPurchase<SavingsPlanItem>,
  at: Date,
  tradedInReservationId: number | null,
): Promise<ItemWritten> {
  const { customer, subscription, item, price, currency } = purchase;
  const { choice } = item;
  const [plan] = await tx
    .insert(savingsPlans)
    .values({
      savingsPlanId: crypto.randomUUID(),
      customerId: customer.id,
      orderId: order.id,
      displayName: defaultDisplayName(at),
      hourlyCommitmentMills: choice.hourlyCommitment,
      term: choice.term,
      billingPlan: choice.billingPlan,
      ...placementOf(choice, subscription, at),
      tradedInReservationId,
    })
    .returning();
  const billingCycle = choice.billingPlan === "upfront" ? "one_time" : "monthly";
  await tx.insert(orderLines).values({
    orderId: order.id,
    offerId: savingsPlanOfferIds[choice.term],
    offerName: `Azure savings plan for compute, ${formatHourlyCommitment(choice.hourlyCommitment)} ${currency}/hour`,
    quantity: 1,
    unitPriceMinor: price.totalMinor,
    termDuration: choice.term,
    billingCycle,
    subscriptionId: subscription.id,
  });
  return {
    created: { savingsPlanId: plan.savingsPlanId },
    lineItems: [
      {
        catalogItemId: savingsPlanOfferIds[choice.term],
        productName: "Azure savings plan for compute",
        hourlyCommitment: formatHourlyCommitment(choice.hourlyCommitment),
        termDuration: choice.term,
        billingCycle,
        provisioningContext: {
          subscriptionId: subscription.subscriptionId,
          scope: choice.scope,
          ...(plan.resourceGroup && { resourceGroup: plan.resourceGroup }),
        },
      },
    ],
    alert: {
      kind: "savings_plan_purchased",
      // In cents, like every amount; a commitment is in thousandths, so 1.255 an hour is 125.5 cents.
      params: { hourlyCommitmentMinor: choice.hourlyCommitment / 10 },
      link: `/customers/${customer.tenantId}/savings-plans`,
    },
  };
}
