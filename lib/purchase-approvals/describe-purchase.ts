import type { PurchaseItem } from "@/lib/purchases/purchase-item";
import { formatHourlyCommitment } from "@/lib/savings-plans/hourly-commitment";

/**
 * What is being bought, in the product's own (English) names as orders and entries keep them: "3 × Standard_D2s_v5,
 * westus2, P3Y" or "Azure savings plan for compute, 1.250/hour, P1Y". Stored words, not a reader's language.
 */
export function describePurchase(item: PurchaseItem): string {
  if (item.kind === "reservation") {
    const { quantity, region, term } = item.choice;
    return `${quantity} × ${item.product.name}, ${region}, ${term}`;
  }
  return `Azure savings plan for compute, ${formatHourlyCommitment(item.choice.hourlyCommitment)}/hour, ${item.choice.term}`;
}
