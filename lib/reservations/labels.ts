import type { ReservationScope } from "@/db/schema";
import { azureRegions, type AzureRegion } from "./catalog";

export const scopeLabels: Record<ReservationScope, string> = {
  single: "Single subscription",
  shared: "Shared",
  resource_group: "Resource group",
};

export function scopeDescription(scope: ReservationScope, resourceGroup: string | null): string {
  return scope === "resource_group" ? `${scopeLabels.resource_group}: ${resourceGroup}` : scopeLabels[scope];
}

export function regionName(region: string): string {
  return azureRegions[region as AzureRegion] ?? region;
}
