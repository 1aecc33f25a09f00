import { z } from "zod";
import { billingPlans, purchaseKinds, reservationTerms } from "@/db/schema";
import type { ExpiringPage, ExpiringPurchase } from "@/lib/expiring/list-expiring-purchases";
import { formatHourlyCommitment } from "@/lib/savings-plans/hourly-commitment";

// The Expiring soon list in the partner API: one page of it, and each reservation or savings plan in it.

export const expiringPurchaseResource = z
  .object({
    kind: z.enum(purchaseKinds),
    id: z.guid().describe("The reservation id or the savings plan id."),
    displayName: z.string(),
    customerId: z.guid(),
    companyName: z.string(),
    reservation: z
      .object({ catalogItemId: z.string(), productName: z.string(), region: z.string(), quantity: z.int() })
      .nullable()
      .describe("What a reservation reserves; null for a savings plan."),
    savingsPlan: z
      .object({ hourlyCommitment: z.string().describe("In the partner's currency an hour, e.g. 1.200.") })
      .nullable()
      .describe("A savings plan's commitment; null for a reservation."),
    term: z.enum(reservationTerms),
    billingPlan: z.enum(billingPlans),
    expiresAt: z.iso.datetime({ offset: true }),
    autoRenew: z.boolean(),
    renewalPrice: z
      .object({ amountMinor: z.int(), currency: z.string().length(3) })
      .nullable()
      .describe(
        "What renewing it would cost today for its whole term, at the partner's current prices: what its renewal order would total. Null when it is no longer sold.",
      ),
  })
  .meta({ id: "ExpiringPurchase" });

export const expiringPurchasesPage = z
  .object({
    totalCount: z.int().nonnegative().describe("How many match, over every page."),
    page: z.int().positive(),
    pageCount: z.int().positive(),
    items: z.array(expiringPurchaseResource),
    attributes: z.object({ objectType: z.literal("Collection") }),
  })
  .meta({ id: "ExpiringPurchaseCollection" });

function resourceOf(item: ExpiringPurchase, currency: string): z.output<typeof expiringPurchaseResource> {
  return {
    kind: item.kind,
    id: item.id,
    displayName: item.displayName,
    customerId: item.customerTenantId,
    companyName: item.companyName,
    reservation:
      item.kind === "reservation"
        ? {
            catalogItemId: item.catalogItemId,
            productName: item.productName,
            region: item.region,
            quantity: item.quantity,
          }
        : null,
    savingsPlan:
      item.kind === "savings_plan" ? { hourlyCommitment: formatHourlyCommitment(item.hourlyCommitmentMills) } : null,
    term: item.term,
    billingPlan: item.billingPlan,
    expiresAt: item.expiresAt.toISOString(),
    autoRenew: item.autoRenew,
    renewalPrice: item.renewalTotalMinor === null ? null : { amountMinor: item.renewalTotalMinor, currency },
  };
}

export function expiringPurchasesPageOf(page: ExpiringPage): z.output<typeof expiringPurchasesPage> {
  return {
    totalCount: page.totalCount,
    page: page.page,
    pageCount: page.pageCount,
    items: page.items.map((item) => resourceOf(item, page.currency)),
    attributes: { objectType: "Collection" },
  };
}
