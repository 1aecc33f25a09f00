import { z } from "zod";
import { billingPlans, reservationScopes, reservationTerms, type ReservationRequestKind } from "@/db/schema";
import { billingPlanLabels, findProduct, termLabels } from "@/lib/reservations/catalog";
import { regionName } from "@/lib/reservations/labels";
import { microsoftId } from "@/lib/validation";

const quantity = z.coerce
  .number({ message: "Quantity must be a whole number." })
  .int("Quantity must be a whole number.")
  .min(1, "Quantity must be at least 1.");

/**
 * What a customer may ask for, per kind: the same fields the partner's use case takes, less what the partner decides
 * (the new reservation of an exchange is billed where the returned one was).
 */
export const requestDetails = {
  cancel: z.object({ quantity }),
  exchange: z.object({
    quantity,
    target: z.object({
      catalogItemId: z.string().trim().min(1, "Choose a product.").max(64),
      region: z.string().trim().min(1, "Choose a region.").max(40),
      term: z.enum(reservationTerms, { message: "Term must be 1 year (P1Y) or 3 years (P3Y)." }),
      billingPlan: z.enum(billingPlans, { message: "Billing frequency must be upfront or monthly." }),
      quantity,
    }),
  }),
  renew: z.object({ autoRenew: z.boolean({ message: "Say whether it should renew." }) }),
  change_scope: z.object({
    scope: z.enum(reservationScopes, { message: "Scope must be single, shared or resource group." }),
    subscriptionId: microsoftId.optional(),
    resourceGroup: z.string().trim().max(90).optional(),
  }),
} as const satisfies Record<ReservationRequestKind, z.ZodType>;

export type RequestDetails = { [K in ReservationRequestKind]: z.output<(typeof requestDetails)[K]> };

export const requestKindWords: Record<ReservationRequestKind, string> = {
  exchange: "exchange",
  cancel: "cancel",
  renew: "renew",
  change_scope: "change the scope of",
};

/** What a request asks, in a line people read. */
export function describeRequest(kind: ReservationRequestKind, details: unknown): string {
  const d = details as Record<string, never> & { target?: Record<string, string | number> };
  switch (kind) {
    case "cancel":
      return `Cancel ${d.quantity}`;
    case "exchange":
      return `Exchange ${d.quantity} for ${d.target!.quantity} × ${findProduct(String(d.target!.catalogItemId))?.name ?? d.target!.catalogItemId}, ${regionName(String(d.target!.region))}, ${termLabels[d.target!.term as keyof typeof termLabels]}, billed ${billingPlanLabels[d.target!.billingPlan as keyof typeof billingPlanLabels].toLowerCase()}`;
    case "renew":
      return d.autoRenew ? "Turn auto-renew on" : "Turn auto-renew off";
    case "change_scope":
      return `Change scope to ${String(d.scope).replace("_", " ")}${d.resourceGroup ? ` (${d.resourceGroup})` : ""}`;
  }
}
