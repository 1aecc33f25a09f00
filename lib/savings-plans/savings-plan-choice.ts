import { z } from "zod";
import { billingPlans, reservationScopes, reservationTerms } from "@/db/schema";
import { isResourceGroupName } from "@/lib/reservations/reservation-choice";
import { microsoftId, reason } from "@/lib/validation";
import { hourlyCommitment } from "./savings-plan-rules";

/** What a buyer chooses: the hourly commitment, term, billing, the subscription that pays and the scope. */
export const savingsPlanChoiceInput = z
  .object({
    hourlyCommitment,
    term: z.enum(reservationTerms, { message: reason("savingsPlans.errors.term") }),
    billingPlan: z.enum(billingPlans, { message: reason("savingsPlans.errors.billingPlan") }),
    billingSubscriptionId: microsoftId,
    scope: z.enum(reservationScopes, { message: reason("savingsPlans.errors.scope") }),
    resourceGroup: z.string().trim().max(90).optional(),
  })
  .superRefine((choice, context) => {
    if (choice.scope === "resource_group" && !isResourceGroupName(choice.resourceGroup)) {
      context.addIssue({
        code: "custom",
        path: ["resourceGroup"],
        message: reason("savingsPlans.errors.resourceGroupName"),
      });
    }
  });

export type SavingsPlanChoice = z.output<typeof savingsPlanChoiceInput>;
