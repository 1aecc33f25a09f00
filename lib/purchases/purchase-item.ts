import type { PurchaseKind, PurchasePermissionResource } from "@/db/schema";
import { priceReservation, type MonthlyPayments, type PriceList } from "@/lib/pricing/customer-price";
import type { ReservationProduct } from "@/lib/reservations/catalog";
import type { ReservationChoice } from "@/lib/reservations/reservation-choice";
import type { Reason } from "@/lib/result";
import type { SavingsPlanChoice } from "@/lib/savings-plans/savings-plan-choice";
import { priceSavingsPlan } from "@/lib/savings-plans/savings-plan-rules";

/** What is bought: a reservation of a catalog product, or a savings plan; everything else about a purchase is shared. */
export type PurchaseItem =
  | { kind: "reservation"; choice: ReservationChoice; product: ReservationProduct }
  | { kind: "savings_plan"; choice: SavingsPlanChoice };

/** A purchase's price at the partner's price list: the whole term's total is its commitment. */
export type PurchasePrice = {
  /** The Web Direct price of the whole purchase. */
  listTotalMinor: number;
  /** One unit for the whole term (a savings plan is one unit). */
  unitPriceMinor: number;
  /** What the partner is committed to pay over the whole term, whatever the billing frequency. */
  totalMinor: number;
  /** How the total is billed each month, or null when it is paid up front. */
  monthly: MonthlyPayments | null;
};

export function priceItem(item: PurchaseItem, priceList: PriceList): PurchasePrice {
  if (item.kind === "reservation") {
    const { term, billingPlan, quantity } = item.choice;
    const { listTotalMinor, unitPriceMinor, totalMinor, monthly } = priceReservation(
      item.product,
      term,
      billingPlan,
      quantity,
      priceList,
    );
    return { listTotalMinor, unitPriceMinor, totalMinor, monthly };
  }
  const { hourlyCommitment, term, billingPlan } = item.choice;
  const price = priceSavingsPlan(hourlyCommitment, term, billingPlan, priceList.savingsPlanAdjustmentBasisPoints);
  return { ...price, unitPriceMinor: price.totalMinor };
}

/** The customer purchase permission that lets a customer's users buy each kind themselves. */
export const permissionFor: Record<PurchaseKind, PurchasePermissionResource> = {
  reservation: "AzureReservedInstances",
  savings_plan: "AzureSavingsPlan",
};

/** How each kind's pages word the check's refusals (their values are the same). */
export const refusalsFor: Record<
  PurchaseKind,
  {
    onlyAdminsBuy: Reason;
    permissionOff: Reason;
    billingSubscriptionNotFound: Reason;
    notBillable: Reason;
    buyerRoleMissing: Reason;
    priceChanged: Reason;
  }
> = {
  reservation: {
    onlyAdminsBuy: "reservations.errors.onlyAdminsBuy",
    permissionOff: "reservations.errors.permissionOff",
    billingSubscriptionNotFound: "reservations.errors.billingSubscriptionNotFound",
    notBillable: "reservations.errors.billingSubscriptionNotQualified",
    buyerRoleMissing: "reservations.errors.ownerRequired",
    priceChanged: "reservations.errors.priceChanged",
  },
  savings_plan: {
    onlyAdminsBuy: "savingsPlans.errors.onlyAdminsBuy",
    permissionOff: "savingsPlans.errors.notAllowed",
    billingSubscriptionNotFound: "savingsPlans.errors.billingSubscriptionNotFound",
    notBillable: "savingsPlans.errors.notBillable",
    buyerRoleMissing: "savingsPlans.errors.needsRole",
    priceChanged: "savingsPlans.errors.priceChanged",
  },
};
