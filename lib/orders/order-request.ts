import { z } from "zod";
import { offers } from "@/db/offers";
import { billingPlans, reservationScopes, reservationTerms } from "@/db/schema";
import { microsoftId } from "@/lib/validation";

/**
 * Partner Center's `POST /v1/customers/{id}/orders` body, for what Partner Console sells: an Azure plan, or an
 * Azure reservation (its catalog item id as the offer id). One line item per order.
 */
export const orderRequestBody = z.object({
  billingCycle: z.enum(["one_time", "monthly"], { message: "billingCycle must be one_time or monthly." }).optional(),
  lineItems: z
    .array(
      z.object({
        lineItemNumber: z.number().int().nonnegative().optional(),
        offerId: z.string().trim().min(1, "Give the offer id.").max(64),
        quantity: z.number().int().min(1, "Quantity must be at least 1."),
        termDuration: z.enum(reservationTerms, { message: "termDuration must be P1Y or P3Y." }).optional(),
        provisioningContext: z
          .object({
            subscriptionId: microsoftId,
            scope: z.enum(reservationScopes, { message: "scope must be single, shared or resource_group." }),
            region: z.string().trim().min(1).max(40),
            resourceGroup: z.string().trim().max(90).optional(),
          })
          .optional(),
      }),
    )
    .length(1, "Give exactly one line item."),
});

export type OrderRequestBody = z.output<typeof orderRequestBody>;

const billingPlanOf = { one_time: "upfront", monthly: "monthly" } as const satisfies Record<
  string,
  (typeof billingPlans)[number]
>;

/** Which use case an order body asks for, with that use case's input. */
export function orderRequestInput(
  customerId: string,
  body: OrderRequestBody,
):
  | { kind: "azure_plan"; input: { customerId: string } }
  | { kind: "reservation"; input: Record<string, unknown> }
  | { kind: "invalid"; message: string } {
  const [line] = body.lineItems;
  if (line.offerId === offers.azure_plan.offerId) {
    return line.quantity === 1
      ? { kind: "azure_plan", input: { customerId } }
      : { kind: "invalid", message: "An Azure plan is bought one at a time (quantity 1)." };
  }
  if (!line.provisioningContext || !line.termDuration) {
    return {
      kind: "invalid",
      message: "A reservation line needs termDuration and a provisioningContext (subscriptionId, scope, region).",
    };
  }
  const context = line.provisioningContext;
  return {
    kind: "reservation",
    input: {
      customerId,
      catalogItemId: line.offerId,
      region: context.region,
      term: line.termDuration,
      billingPlan: billingPlanOf[body.billingCycle ?? "one_time"],
      quantity: line.quantity,
      billingSubscriptionId: context.subscriptionId,
      scope: context.scope,
      resourceGroup: context.resourceGroup,
    },
  };
}
