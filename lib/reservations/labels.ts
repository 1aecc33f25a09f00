import { azureRegions, type AzureRegion } from "./catalog";

/** An Azure region's display name (a proper name, the same in every language), or its code if we don't know it. */
export function regionName(region: string): string {
  return azureRegions[region as AzureRegion] ?? region;
}
