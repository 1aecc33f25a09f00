import { z } from "zod";
import { offers } from "@/db/offers";
import { billingPlans, reservationScopes, reservationTerms } from "@/db/schema";
import type { Reason } from "@/lib/result";
import { microsoftId, reason, wholeNumber } from "@/lib/validation";

/**
 * Partner Center's `POST /v1/customers/{id}/orders` body, for what Partner Console sells: an Azure plan, or an
 * Azure reservation (its catalog item id as the offer id). One line item per order.
 */
export const orderRequestBody = z.object({
  billingCycle: z.enum(["one_time", "monthly"], { message: reason("orders.errors.billingCycleInvalid") }).optional(),
  lineItems: z
    .array(
      z.object({
        lineItemNumber: z.number().int().nonnegative().optional(),
        offerId: z.string().trim().min(1, reason("orders.errors.offerIdRequired")).max(64),
        quantity: wholeNumber({
          whole: reason("reservations.errors.quantityWhole"),
          tooSmall: reason("orders.errors.quantityAtLeastOne"),
        }),
        termDuration: z.enum(reservationTerms, { message: reason("orders.errors.termDurationInvalid") }).optional(),
        provisioningContext: z
          .object({
            subscriptionId: microsoftId,
            scope: z.enum(reservationScopes, { message: reason("orders.errors.scopeInvalid") }),
            region: z.string().trim().min(1).max(40),
            resourceGroup: z.string().trim().max(90).optional(),
          })
          .optional(),
      }),
    )
    .length(1, reason("orders.errors.exactlyOneLineItem")),
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
  | { kind: "invalid"; reason: Reason } {
  const [line] = body.lineItems;
  if (line.offerId === offers.azure_plan.offerId) {
    return line.quantity === 1
      ? { kind: "azure_plan", input: { customerId } }
      : { kind: "invalid", reason: "orders.errors.azurePlanQuantityOne" };
  }
  if (!line.provisioningContext || !line.termDuration) {
    return { kind: "invalid", reason: "orders.errors.reservationLineIncomplete" };
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
