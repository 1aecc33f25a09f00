import { and, eq, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { customers, reservations, savingsPlans, type BillingPlan, type ReservationTerm } from "@/db/schema";
import { containsIgnoringCase } from "@/db/text-match";
import type { ActorRef, PartnerActor } from "@/lib/access/actor";
import { inPartnerReadTransaction } from "@/lib/access/write-transaction";
import { partnerCurrency } from "@/lib/pricing/partner-currency";
import { readPriceList } from "@/lib/pricing/price-list";
import { reservationRenewalPrice } from "@/lib/reservations/renew-reservations";
import { ok, type Result } from "@/lib/result";
import { savingsPlanRenewalPrice } from "@/lib/savings-plans/renew-savings-plans";
import { parseInput } from "@/lib/validation";
import { reservationExpiresWithin, savingsPlanExpiresWithin } from "./expiring-purchases";
import { sortExpiring } from "./expiring-order";
import { expiringQuery, type ExpiringQuery } from "./expiring-query";

type ExpiringCommon = {
  /** Its Microsoft ID: the reservation id or the savings plan id. */
  id: string;
  displayName: string;
  customerTenantId: string;
  companyName: string;
  term: ReservationTerm;
  billingPlan: BillingPlan;
  expiresAt: Date;
  autoRenew: boolean;
  /**
   * What renewing it would cost today, for its whole term, in the partner's currency: what the renewal's order would
   * total if it were bought now. Null when it is no longer sold, so it would simply expire.
   */
  renewalTotalMinor: number | null;
};

/** A reservation or savings plan that ends soon, as the Expiring soon page, its CSV and the API show it. */
export type ExpiringPurchase =
  | (ExpiringCommon & {
      kind: "reservation";
      catalogItemId: string;
      productName: string;
      region: string;
      quantity: number;
    })
  | (ExpiringCommon & { kind: "savings_plan"; hourlyCommitmentMills: number });

export type ExpiringPage = {
  items: ExpiringPurchase[];
  /** How many match the filters, over every page. */
  totalCount: number;
  page: number;
  pageCount: number;
  currency: string;
};

/** The filters that are conditions on the customer, the same for both kinds. */
function customerConditions(partnerId: number, query: ExpiringQuery): SQL[] {
  const conditions = [eq(customers.partnerId, partnerId)];
  if (query.search) conditions.push(containsIgnoringCase(customers.companyName, query.search));
  return conditions;
}

async function expiringReservations(tx: Tx, partnerId: number, query: ExpiringQuery, now: Date) {
  const conditions = [...customerConditions(partnerId, query), ...reservationExpiresWithin(now, query.within)];
  if (query.autoRenew) conditions.push(eq(reservations.autoRenew, query.autoRenew === "on"));
  return tx
    .select({
      id: reservations.reservationId,
      displayName: reservations.displayName,
      catalogItemId: reservations.catalogItemId,
      productName: reservations.productName,
      region: reservations.region,
      quantity: reservations.quantity,
      term: reservations.term,
      billingPlan: reservations.billingPlan,
      expiresAt: reservations.expiresAt,
      autoRenew: reservations.autoRenew,
      customerTenantId: customers.tenantId,
      companyName: customers.companyName,
    })
    .from(reservations)
    .innerJoin(customers, eq(customers.id, reservations.customerId))
    .where(and(...conditions));
}

async function expiringSavingsPlans(tx: Tx, partnerId: number, query: ExpiringQuery, now: Date) {
  const conditions = [...customerConditions(partnerId, query), ...savingsPlanExpiresWithin(now, query.within)];
  if (query.autoRenew) conditions.push(eq(savingsPlans.autoRenew, query.autoRenew === "on"));
  return tx
    .select({
      id: savingsPlans.savingsPlanId,
      displayName: savingsPlans.displayName,
      hourlyCommitmentMills: savingsPlans.hourlyCommitmentMills,
      term: savingsPlans.term,
      billingPlan: savingsPlans.billingPlan,
      expiresAt: savingsPlans.expiresAt,
      autoRenew: savingsPlans.autoRenew,
      customerTenantId: customers.tenantId,
      companyName: customers.companyName,
    })
    .from(savingsPlans)
    .innerJoin(customers, eq(customers.id, savingsPlans.customerId))
    .where(and(...conditions));
}

/**
 * Every one of the partner's customers' reservations and savings plans that match, sorted, each priced as its
 * renewal would be today: with the partner's price list as it stands, by the renewal job's own pricing.
 */
async function matchingPurchases(tx: Tx, actor: PartnerActor, query: ExpiringQuery, now: Date) {
  const priceList = await readPriceList(tx, actor.partnerId);
  const rows: ExpiringPurchase[] = [];
  if (query.kind !== "savings_plan") {
    for (const reservation of await expiringReservations(tx, actor.partnerId, query, now)) {
      const price = reservationRenewalPrice(reservation, priceList);
      const renewalTotalMinor = price === "no_longer_sold" ? null : price.totalMinor;
      rows.push({ kind: "reservation", ...reservation, renewalTotalMinor });
    }
  }
  if (query.kind !== "reservation") {
    for (const plan of await expiringSavingsPlans(tx, actor.partnerId, query, now)) {
      rows.push({
        kind: "savings_plan",
        ...plan,
        renewalTotalMinor: savingsPlanRenewalPrice(plan, priceList).totalMinor,
      });
    }
  }
  return sortExpiring(rows, query.sort, query.order);
}

/**
 * The Expiring soon list: the partner's customers' active reservations and savings plans that end within 30, 60 or
 * 90 days, filtered and sorted as asked, a page at a time. Any partner user may read it.
 */
export async function listExpiringPurchases(
  actorRef: ActorRef | null,
  rawQuery: unknown,
  now = new Date(),
): Promise<Result<ExpiringPage>> {
  const query = parseInput(expiringQuery, rawQuery);
  if (!query.ok) return query;
  const { page, size } = query.data;
  return inPartnerReadTransaction(actorRef, async (tx, actor) => {
    const rows = await matchingPurchases(tx, actor, query.data, now);
    return ok({
      items: rows.slice((page - 1) * size, page * size),
      totalCount: rows.length,
      page,
      pageCount: Math.max(1, Math.ceil(rows.length / size)),
      currency: await partnerCurrency(actor.partnerId, tx),
    });
  });
}

/** Every row the filters match, in their order, for the CSV export: the window bounds it, so no page is needed. */
export async function exportExpiringPurchases(
  actorRef: ActorRef | null,
  rawQuery: unknown,
  now = new Date(),
): Promise<Result<{ items: ExpiringPurchase[]; currency: string; within: number }>> {
  const query = parseInput(expiringQuery, rawQuery);
  if (!query.ok) return query;
  return inPartnerReadTransaction(actorRef, async (tx, actor) =>
    ok({
      items: await matchingPurchases(tx, actor, query.data, now),
      currency: await partnerCurrency(actor.partnerId, tx),
      within: query.data.within,
    }),
  );
}
