import { z } from "zod";
import { billingPlans, reservationScopes, reservationTerms } from "@/db/schema";
import { fail, type Explanation, type Failure } from "@/lib/result";
import { microsoftId, reason, wholeNumber } from "@/lib/validation";
import { azureRegions, findProduct, type ReservationProduct } from "./catalog";

// Azure's rule for resource group names: up to 90 letters, digits, - _ . ( ), not ending with a period.
const resourceGroupName = /^[-\w.()]{1,90}$/u;
export const resourceGroupNameMessage = reason("reservations.errors.resourceGroupName");

export function isResourceGroupName(name: string | undefined): name is string {
  return !!name && resourceGroupName.test(name) && !name.endsWith(".");
}

/** How many units to buy (or to ask for): a whole number, at least 1; the catalog sets the most. */
export const wholeQuantity = wholeNumber({
  whole: reason("reservations.errors.quantityWhole"),
  tooSmall: reason("reservations.errors.quantityAtLeastOne"),
});

/** The product, region, term and billing frequency of a choice, as a purchase and an exchange request name them. */
export const productChoiceFields = {
  catalogItemId: z.string().trim().min(1, reason("reservations.errors.chooseProduct")).max(64),
  region: z.string().trim().min(1, reason("reservations.errors.chooseRegion")).max(40),
  term: z.enum(reservationTerms, { message: reason("reservations.errors.termInvalid") }),
  billingPlan: z.enum(billingPlans, { message: reason("reservations.errors.billingPlanInvalid") }),
};

export const scopeField = z.enum(reservationScopes, { message: reason("reservations.errors.scopeInvalid") });

/** What a buyer chooses in "Purchase reservations", as the server receives it. */
export const reservationChoiceInput = z
  .object({
    ...productChoiceFields,
    quantity: wholeQuantity,
    billingSubscriptionId: microsoftId,
    scope: scopeField,
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
 * with that billing frequency, in that quantity. Field-level reasons, or the product when all is well.
 */
export function checkAgainstCatalog(
  choice: ReservationChoice,
): { ok: true; product: ReservationProduct } | { ok: false; fieldErrors: Record<string, Explanation[]> } {
  const product = findProduct(choice.catalogItemId);
  if (!product) {
    return { ok: false, fieldErrors: { catalogItemId: [{ reason: "reservations.errors.notInCatalog" }] } };
  }
  const fieldErrors: Record<string, Explanation[]> = {};
  if (!product.regions.includes(choice.region as keyof typeof azureRegions)) {
    fieldErrors.region = [{ reason: "reservations.errors.notOfferedInRegion", values: { product: product.name } }];
  }
  if (!product.terms.includes(choice.term)) {
    // The terms offered, as one code the message chooses its words by ("P1Y", "P1Y_P3Y").
    const terms = product.terms.join("_");
    fieldErrors.term = [{ reason: "reservations.errors.termOnly", values: { product: product.name, terms } }];
  }
  if (!product.billingPlans.includes(choice.billingPlan)) {
    const plans = product.billingPlans.join("_");
    fieldErrors.billingPlan = [{ reason: "reservations.errors.billedOnly", values: { product: product.name, plans } }];
  }
  if (choice.quantity > product.maxQuantity) {
    fieldErrors.quantity = [{ reason: "reservations.errors.atMost", values: { max: product.maxQuantity } }];
  }
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, product };
}

/**
 * The refusal of a choice the catalog does not offer: its first field's reason says it, every field's is attached
 * (named under `fieldPrefix`, "target." for an exchange's new reservation).
 */
export function catalogFailure(fieldErrors: Record<string, Explanation[]>, fieldPrefix = ""): Failure {
  const named = Object.fromEntries(Object.entries(fieldErrors).map(([field, why]) => [`${fieldPrefix}${field}`, why]));
  const first = Object.values(fieldErrors).flat()[0];
  return fail("invalid_input", first.reason, first.values, named);
}
