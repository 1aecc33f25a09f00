import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { getCustomerPurchaseControls } from "@/lib/purchase-controls/get-purchase-controls";
import { setCustomerPurchaseControls } from "@/lib/purchase-controls/set-purchase-controls";
import { actorRef, customerTenantId, demo, subscriptionOf } from "./fixtures";

// Wingtip Toys buying for itself: the purchase controls and approvals tests' shared setting.

/** Owner of Wingtip's Azure plan. */
export const alex = "alex@wingtiptoys.onmicrosoft.com";

export const contosoAdmin = () => actorRef(demo.contosoAdmin);
export const wingtip = () => customerTenantId("Wingtip Toys");

export async function allowWingtip(resource: "AzureReservedInstances" | "AzureSavingsPlan" = "AzureReservedInstances") {
  await setCustomerPurchasePermission(await contosoAdmin(), { customerId: await wingtip(), resource, enabled: true });
}

/** Gives Wingtip its own purchase controls (cents; null: none), saved at the version it has now. */
export async function controlWingtip(monthlyLimitMinor: number | null, approvalAboveMinor: number | null = null) {
  const current = await getCustomerPurchaseControls(await contosoAdmin(), await wingtip());
  if (!current.ok) throw new Error(current.reason);
  const saved = await setCustomerPurchaseControls(await contosoAdmin(), {
    customerId: await wingtip(),
    followsDefaults: false,
    monthlyLimitMinor,
    approvalAboveMinor,
    version: current.data.version,
  });
  if (!saved.ok) throw new Error(saved.reason);
}

/** D2s v5 in West US 2 for a year, up front, shared: 55,020 cents each at Contoso's price (list + 5%). */
export const wingtipD2s = async (quantity: number) => ({
  catalogItemId: "DZH318Z0BQ4P:0001",
  region: "westus2",
  term: "P1Y",
  billingPlan: "upfront",
  quantity,
  billingSubscriptionId: (await subscriptionOf("Wingtip Toys", "azure_plan")).subscriptionId,
  scope: "shared",
  // Each call is a purchase of its own, as each Review in the app is.
  idempotencyKey: crypto.randomUUID(),
});
