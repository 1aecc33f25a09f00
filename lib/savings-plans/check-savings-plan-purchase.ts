import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import {
  billingPlans,
  partners,
  reservationScopes,
  reservationTerms,
  roleAssignments,
  type Customer,
  type Subscription,
} from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { qualifiesForReservationPurchases } from "@/lib/customer-permissions/prerequisites";
import { readPurchasePermissionFacts } from "@/lib/customer-permissions/purchase-permission-facts";
import { readPriceList } from "@/lib/pricing/price-list";
import { purchasingCustomer } from "@/lib/reservations/check-reservation-purchase";
import { isResourceGroupName, resourceGroupNameMessage } from "@/lib/reservations/reservation-choice";
import { fail, ok, type Result } from "@/lib/result";
import { findPartnerSubscription } from "@/lib/subscriptions/find-subscription";
import { microsoftId } from "@/lib/validation";
import { hourlyCommitment, priceSavingsPlan, rolesThatCanBuy, type SavingsPlanPrice } from "./savings-plan-rules";

/** What a buyer chooses: the hourly commitment, term, billing, the subscription that pays and the scope. */
export const savingsPlanChoiceInput = z
  .object({
    hourlyCommitment,
    term: z.enum(reservationTerms, { message: "Term must be 1 year (P1Y) or 3 years (P3Y)." }),
    billingPlan: z.enum(billingPlans, { message: "Billing frequency must be upfront or monthly." }),
    billingSubscriptionId: microsoftId,
    scope: z.enum(reservationScopes, { message: "Scope must be single, shared or resource group." }),
    resourceGroup: z.string().trim().max(90).optional(),
  })
  .superRefine((choice, context) => {
    if (choice.scope === "resource_group" && !isResourceGroupName(choice.resourceGroup)) {
      context.addIssue({ code: "custom", path: ["resourceGroup"], message: resourceGroupNameMessage });
    }
  });

export type SavingsPlanChoice = z.output<typeof savingsPlanChoiceInput>;

export type CheckedSavingsPlanPurchase = {
  customer: Customer;
  subscription: Subscription;
  choice: SavingsPlanChoice;
  price: SavingsPlanPrice;
  currency: string;
  channel: "partner" | "customer_self_service";
};

function canBuyOn(tx: Tx, customerUserId: number, subscription: Subscription): boolean {
  return !!tx
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.subscriptionId, subscription.id),
        eq(roleAssignments.customerUserId, customerUserId),
        inArray(roleAssignments.role, [...rolesThatCanBuy.AzureSavingsPlan]),
      ),
    )
    .get();
}

/**
 * Every rule a savings plan purchase must pass, and its price from the partner's price list now; shared by the
 * review and the purchase. A customer user buys for their own customer when the partner has turned on the Azure
 * savings plans permission, with Owner or Savings plan purchaser on the billing subscription; an Admin agent buys on
 * the customer's behalf. Either way it is billed to an active Azure plan or Azure Global subscription.
 */
export function checkSavingsPlanPurchase(
  tx: Tx,
  actor: Actor,
  customerTenantId: string | undefined,
  choice: SavingsPlanChoice,
): Result<CheckedSavingsPlanPurchase> {
  const customer = purchasingCustomer(tx, actor, customerTenantId);
  if (!customer) return fail("not_found", "Customer not found.");
  if (actor.kind === "partner_user" && !can(actor.role, "buyReservationsOnBehalf")) {
    return fail("forbidden", "Only Admin agents can buy savings plans on behalf of a customer.");
  }
  if (actor.kind === "customer_user") {
    const { granted } = readPurchasePermissionFacts(tx, customer.id, "AzureSavingsPlan");
    if (!granted.includes("AzureSavingsPlan")) {
      return fail(
        "forbidden",
        `Your partner, ${actor.partnerName}, hasn't allowed ${customer.companyName} to purchase Azure savings plans. Ask them to turn on the permission.`,
      );
    }
  }
  const found = findPartnerSubscription(tx, customer.partnerId, choice.billingSubscriptionId);
  if (!found || found.customer.id !== customer.id) return fail("not_found", "Billing subscription not found.");
  const { subscription } = found;
  if (!qualifiesForReservationPurchases(subscription)) {
    return fail(
      "prerequisite_missing",
      `${subscription.friendlyName} (${subscription.subscriptionId}) is not an active Azure plan or Azure Global subscription, so savings plans can't be billed to it.`,
    );
  }
  if (actor.kind === "customer_user" && !canBuyOn(tx, actor.id, subscription)) {
    return fail(
      "forbidden",
      `You need the Owner or Savings plan purchaser role on the subscription ${subscription.friendlyName} (${subscription.subscriptionId}) to buy savings plans. Ask an Owner of the subscription, or your partner, ${actor.partnerName}, to assign it to you.`,
    );
  }
  const { currency } = tx
    .select({ currency: partners.currency })
    .from(partners)
    .where(eq(partners.id, customer.partnerId))
    .get()!;
  const { savingsPlanAdjustmentBasisPoints } = readPriceList(tx, customer.partnerId);
  return ok({
    customer,
    subscription,
    choice,
    price: priceSavingsPlan(choice.hourlyCommitment, choice.term, choice.billingPlan, savingsPlanAdjustmentBasisPoints),
    currency,
    channel: actor.kind === "customer_user" ? "customer_self_service" : "partner",
  });
}
