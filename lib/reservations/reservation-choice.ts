import { z } from "zod";
import { billingPlans, reservationScopes, reservationTerms } from "@/db/schema";
import { microsoftId } from "@/lib/validation";
import { azureRegions, billingPlanLabels, findProduct, termLabels, type ReservationProduct } from "./catalog";

// Azure's rule for resource group names: up to 90 letters, digits, - _ . ( ), not ending with a period.
const resourceGroupName = /^[-\w.()]{1,90}$/u;
export const resourceGroupNameMessage =
  "Enter the resource group's name: up to 90 letters, digits, - _ . ( ), not ending with a period.";

export function isResourceGroupName(name: string | undefined): name is string {
  return !!name && resourceGroupName.test(name) && !name.endsWith(".");
}

/** What a buyer chooses in "Purchase reservations", as the server receives it. */
export const reservationChoiceInput = z
  .object({
    catalogItemId: z.string().trim().min(1, "Choose a product.").max(64),
    region: z.string().trim().min(1, "Choose a region.").max(40),
    term: z.enum(reservationTerms, { message: "Term must be 1 year (P1Y) or 3 years (P3Y)." }),
    billingPlan: z.enum(billingPlans, { message: "Billing frequency must be upfront or monthly." }),
    quantity: z.coerce
      .number({ message: "Quantity must be a whole number." })
      .int("Quantity must be a whole number.")
      .min(1, "Quantity must be at least 1."),
    billingSubscriptionId: microsoftId,
    scope: z.enum(reservationScopes, { message: "Scope must be single, shared or resource group." }),
    resourceGroup: z.string().trim().max(90).optional(),
  })
  .superRefine((choice, context) => {
    if (choice.scope !== "resource_group") return;
    if (!isResourceGroupName(choice.resourceGroup)) {
      context.addIssue({ code: "custom", path: ["resourceGroup"], message: resourceGroupNameMessage });
    }
  });

export type ReservationChoice = z.output<typeof reservationChoiceInput>;

/**
 * Checks the choice against the catalog: the product exists and is offered in that region, for that term,
 * with that billing frequency, in that quantity. Field-level messages, or the product when all is well.
 */
export function checkAgainstCatalog(
  choice: ReservationChoice,
): { ok: true; product: ReservationProduct } | { ok: false; fieldErrors: Record<string, string[]> } {
  const product = findProduct(choice.catalogItemId);
  if (!product) return { ok: false, fieldErrors: { catalogItemId: ["That product is not in the catalog."] } };
  const fieldErrors: Record<string, string[]> = {};
  if (!product.regions.includes(choice.region as keyof typeof azureRegions)) {
    fieldErrors.region = [`${product.name} is not offered in that region.`];
  }
  if (!product.terms.includes(choice.term)) {
    fieldErrors.term = [`${product.name} is offered for ${product.terms.map((t) => termLabels[t]).join(" or ")} only.`];
  }
  if (!product.billingPlans.includes(choice.billingPlan)) {
    fieldErrors.billingPlan = [
      `${product.name} is billed ${product.billingPlans.map((p) => billingPlanLabels[p].toLowerCase()).join(" or ")} only.`,
    ];
  }
  if (choice.quantity > product.maxQuantity) {
    fieldErrors.quantity = [`You can buy at most ${product.maxQuantity.toLocaleString("en-US")} at a time.`];
  }
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, product };
}
