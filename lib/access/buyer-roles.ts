import type { AzureRole, PurchasePermissionResource } from "@/db/schema";

/** Who may buy what on an Azure subscription: Owner buys both; Savings plan purchaser, savings plans only. */
export const rolesThatCanBuy: Record<PurchasePermissionResource, readonly AzureRole[]> = {
  AzureReservedInstances: ["Owner"],
  AzureSavingsPlan: ["Owner", "Savings plan purchaser"],
};
