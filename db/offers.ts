import type { OfferType } from "./schema";

/** The catalog offers the seed and later purchases use, with Partner Center's offer ids. */
export const offers = {
  azure_plan: { offerId: "DZH318Z0BPS6", offerName: "Azure plan", usageBased: true },
  azure_global: { offerId: "MS-AZR-0145P", offerName: "Azure Global (MS-AZR-0145P)", usageBased: true },
  // Price per license per month, in minor units.
  license_based: { offerId: "CFQ7TTC0LFLZ", offerName: "Microsoft 365 E3", usageBased: false, unitPriceMinor: 3600 },
} as const satisfies Record<
  OfferType,
  { offerId: string; offerName: string; usageBased: boolean; unitPriceMinor?: number }
>;
