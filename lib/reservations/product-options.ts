import { azureRegions, billingPlanLabels, reservationCatalog, termLabels } from "./catalog";

/** The catalog as the purchase form needs it: plain data a client component can receive. */
export type ProductOption = {
  catalogItemId: string;
  name: string;
  category: string;
  unit: string;
  maxQuantity: number;
  regions: { id: string; name: string }[];
  terms: { id: string; name: string }[];
  billingPlans: { id: string; name: string }[];
};

export function productOptions(): ProductOption[] {
  return reservationCatalog.map((p) => ({
    catalogItemId: p.catalogItemId,
    name: p.name,
    category: p.category,
    unit: p.unit,
    maxQuantity: p.maxQuantity,
    regions: p.regions.map((id) => ({ id, name: azureRegions[id] })),
    terms: p.terms.map((id) => ({ id, name: termLabels[id] })),
    billingPlans: p.billingPlans.map((id) => ({ id, name: billingPlanLabels[id] })),
  }));
}
