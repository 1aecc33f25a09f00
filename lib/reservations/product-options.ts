import type { BillingPlan, ReservationTerm } from "@/db/schema";
import { azureRegions, categoryCodes, reservationCatalog, type CategoryCode, type ReservationUnit } from "./catalog";

/**
 * The catalog as the purchase form needs it: plain data a client component can receive. Product and region names
 * are proper names; the category, unit, terms and billing plans are codes the form puts into words.
 */
export type ProductOption = {
  catalogItemId: string;
  name: string;
  category: CategoryCode;
  unit: ReservationUnit;
  maxQuantity: number;
  regions: { id: string; name: string }[];
  terms: ReservationTerm[];
  billingPlans: BillingPlan[];
};

export function productOptions(): ProductOption[] {
  return reservationCatalog.map((p) => ({
    catalogItemId: p.catalogItemId,
    name: p.name,
    category: categoryCodes[p.category],
    unit: p.unit,
    maxQuantity: p.maxQuantity,
    regions: p.regions.map((id) => ({ id, name: azureRegions[id] })),
    terms: [...p.terms],
    billingPlans: [...p.billingPlans],
  }));
}
