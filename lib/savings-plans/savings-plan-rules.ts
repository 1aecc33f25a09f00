import { z } from "zod";
import type { BillingPlan, ReservationTerm } from "@/db/schema";
import { adjust, spreadOverMonths, type MonthlyPayments } from "@/lib/pricing/customer-price";
import type { ReservationProduct } from "@/lib/reservations/catalog";
import { reason } from "@/lib/validation";
import { hourlyCommitmentLimits } from "./hourly-commitment";

/**
 * Azure savings plans as plain rules: an hourly commitment in steps of 0.001 of the currency, for one or three
 * years of 365-day years (8,760 hours a year), priced at the partner's savings-plan adjustment.
 */

export { formatHourlyCommitment, hourlyCommitmentLimits } from "./hourly-commitment";

export const hoursInTerm: Record<ReservationTerm, number> = { P1Y: 8_760, P3Y: 26_280 };
export const savingsPlanTermMonths: Record<ReservationTerm, number> = { P1Y: 12, P3Y: 36 };

/** The savings-plan catalog items, as Partner Center's cart names them (one per term). */
export const savingsPlanOfferIds: Record<ReservationTerm, string> = {
  P1Y: "CFQ7TTC0LM0X:0001",
  P3Y: "CFQ7TTC0LM0X:0002",
};

const commitmentMessage = reason("savingsPlans.errors.hourlyCommitment");

/** An hourly commitment as typed ("1.25", "0.001") to whole thousandths, without floating point. */
export const hourlyCommitment = z
  .union([z.string(), z.number()], { message: commitmentMessage })
  .transform((value) => String(value).trim())
  .refine((text) => /^\d{1,7}(\.\d{1,3})?$/.test(text), commitmentMessage)
  .transform((text) => {
    const [whole, fraction = ""] = text.split(".");
    return Number(whole) * 1000 + Number(fraction.padEnd(3, "0"));
  })
  .refine(
    (mills) => mills >= hourlyCommitmentLimits.minMills && mills <= hourlyCommitmentLimits.maxMills,
    commitmentMessage,
  );

export type SavingsPlanPrice = {
  /** The Web Direct price of the whole term: the hourly commitment times the hours of the term. */
  listTotalMinor: number;
  /** What the customer pays for the whole term, whatever the billing frequency. */
  totalMinor: number;
  monthly: MonthlyPayments | null;
};

/** A savings plan's whole-term commitment at list price, in cents: thousandths × hours ÷ 10, exact. */
export function lifetimeCommitmentMinor(hourlyCommitmentMills: number, term: ReservationTerm): number {
  return (hourlyCommitmentMills * hoursInTerm[term]) / 10;
}

/** The partner's price of a savings plan: its lifetime commitment adjusted by the savings-plan basis points. */
export function priceSavingsPlan(
  hourlyCommitmentMills: number,
  term: ReservationTerm,
  billingPlan: BillingPlan,
  adjustmentBasisPoints: number,
): SavingsPlanPrice {
  const listTotalMinor = lifetimeCommitmentMinor(hourlyCommitmentMills, term);
  const totalMinor = adjust(listTotalMinor, adjustmentBasisPoints);
  return {
    listTotalMinor,
    totalMinor,
    monthly: billingPlan === "monthly" ? spreadOverMonths(totalMinor, savingsPlanTermMonths[term]) : null,
  };
}

/** Compute reservations (VMs, App Service; Dedicated Host where sold) can be traded in for a savings plan. */
export function canTradeIn(product: Pick<ReservationProduct, "category">): boolean {
  return product.category === "Virtual machines" || product.category === "App Service";
}
