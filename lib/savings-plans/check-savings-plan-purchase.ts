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
import { rolesThatCanBuy } from "@/lib/access/buyer-roles";
import { can } from "@/lib/access/roles";
import { qualifiesForReservationPurchases } from "@/lib/customer-permissions/prerequisites";
import { readPurchasePermissionFacts } from "@/lib/customer-permissions/purchase-permission-facts";
import { readPriceList } from "@/lib/pricing/price-list";
import { purchasingCustomer } from "@/lib/reservations/check-reservation-purchase";
import { isResourceGroupName } from "@/lib/reservations/reservation-choice";
import { fail, ok, type Result } from "@/lib/result";
import { findPartnerSubscription } from "@/lib/subscriptions/find-subscription";
import { microsoftId, reason } from "@/lib/validation";
import { hourlyCommitment, priceSavingsPlan, type SavingsPlanPrice } from "./savings-plan-rules";

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

export type CheckedSavingsPlanPurchase = {
  customer: Customer;
  subscription: Subscription;
  choice: SavingsPlanChoice;
  price: SavingsPlanPrice;
  currency: string;
  channel: "partner" | "customer_self_service";
};

async function canBuyOn(tx: Tx, customerUserId: number, subscription: Subscription): Promise<boolean> {
  const [assignment] = await tx
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.subscriptionId, subscription.id),
        eq(roleAssignments.customerUserId, customerUserId),
        inArray(roleAssignments.role, [...rolesThatCanBuy.AzureSavingsPlan]),
      ),
    )
    .limit(1);
  return !!assignment;
}

/**
 * Every rule a savings plan purchase must pass, and its price from the partner's price list now; shared by the
 * review and the purchase. A customer user buys for their own customer when the partner has turned on the Azure
 * savings plans permission, with Owner or Savings plan purchaser on the billing subscription; an Admin agent buys on
 * the customer's behalf. Either way it is billed to an active Azure plan or Azure Global subscription.
 */
export async function checkSavingsPlanPurchase(
  tx: Tx,
  actor: Actor,
  customerTenantId: string | undefined,
  choice: SavingsPlanChoice,
): Promise<Result<CheckedSavingsPlanPurchase>> {
  const customer = await purchasingCustomer(tx, actor, customerTenantId);
  if (!customer) return fail("not_found", "errors.customer_not_found");
  if (actor.kind === "partner_user" && !can(actor.role, "buyReservationsOnBehalf")) {
    return fail("forbidden", "savingsPlans.errors.onlyAdminsBuy");
  }
  if (actor.kind === "customer_user") {
    const { granted } = await readPurchasePermissionFacts(tx, customer.id, "AzureSavingsPlan");
    if (!granted.includes("AzureSavingsPlan")) {
      return fail("forbidden", "savingsPlans.errors.notAllowed", {
        partner: actor.partnerName,
        customer: customer.companyName,
      });
    }
  }
  const found = await findPartnerSubscription(tx, customer.partnerId, choice.billingSubscriptionId);
  if (!found || found.customer.id !== customer.id)
    return fail("not_found", "savingsPlans.errors.billingSubscriptionNotFound");
  const { subscription } = found;
  if (!qualifiesForReservationPurchases(subscription)) {
    return fail("prerequisite_missing", "savingsPlans.errors.notBillable", {
      subscription: subscription.friendlyName,
      subscriptionId: subscription.subscriptionId,
    });
  }
  if (actor.kind === "customer_user" && !(await canBuyOn(tx, actor.id, subscription))) {
    return fail("forbidden", "savingsPlans.errors.needsRole", {
      subscription: subscription.friendlyName,
      subscriptionId: subscription.subscriptionId,
      partner: actor.partnerName,
    });
  }
  const [{ currency }] = await tx
    .select({ currency: partners.currency })
    .from(partners)
    .where(eq(partners.id, customer.partnerId))
    .limit(1);
  const { savingsPlanAdjustmentBasisPoints } = await readPriceList(tx, customer.partnerId);
  return ok({
    customer,
    subscription,
    choice,
    price: priceSavingsPlan(choice.hourlyCommitment, choice.term, choice.billingPlan, savingsPlanAdjustmentBasisPoints),
    currency,
    channel: actor.kind === "customer_user" ? "customer_self_service" : "partner",
  });
}
