import { desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { customers, orderLines, orders, subscriptions, type Customer, type Subscription } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";
import { customerSearchExpression, customerSearchMaxLength } from "@/lib/customers/list-customers";
import { getCustomer } from "@/lib/customers/get-customer-account";
import { orderResourceOf, type OrderResource } from "@/lib/orders/order-resource";
import { listReservations, type ReservationRow } from "@/lib/reservations/list-reservations";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput, reason } from "@/lib/validation";
import { continuationToken, pageSize, readContinuationToken } from "./continuation";
import type { customerResource, reservationResource, subscriptionResource } from "./resources";

type CustomerResource = z.output<typeof customerResource>;

export function customerResourceOf(customer: Customer): CustomerResource {
  return {
    id: customer.tenantId,
    companyProfile: { tenantId: customer.tenantId, domain: customer.primaryDomain, companyName: customer.companyName },
    billingProfile: {
      firstName: customer.contactFirstName,
      lastName: customer.contactLastName,
      email: customer.contactEmail,
      defaultAddress: {
        country: customer.country,
        city: customer.city,
        state: customer.state,
        addressLine1: customer.addressLine1,
        postalCode: customer.postalCode,
        phoneNumber: customer.contactPhone,
      },
    },
    relationshipToPartner: "reseller",
    attributes: { objectType: "Customer" },
  };
}

export const customersQuery = z.object({
  search: z
    .string()
    .trim()
    // The catalogue says 100 characters in words: change it with customerSearchMaxLength.
    .max(customerSearchMaxLength, reason("developers.errors.searchTooLong"))
    .optional(),
  size: pageSize,
  continuationToken: z.string().max(2000).optional(),
});

const customerPosition = z.tuple([z.string(), z.int()]);

/**
 * GET /v1/customers: the partner's customers by company name, optionally searched (every word starts a word of the
 * name or domain, as on the Customers page), in pages continued by token (keyset: name, then id).
 */
export function listCustomerResources(
  actor: PartnerActor,
  rawQuery: unknown,
): Result<{ items: CustomerResource[]; next: string | null }> {
  const query = parseInput(customersQuery, rawQuery);
  if (!query.ok) return query;
  const { search, size } = query.data;
  const after = query.data.continuationToken
    ? readContinuationToken(query.data.continuationToken, customerPosition)
    : null;
  if (query.data.continuationToken && !after) {
    return fail("invalid_input", "developers.errors.continuationToken", undefined, {
      continuationToken: [{ reason: "developers.errors.continuationTokenField" }],
    });
  }
  const expression = search ? customerSearchExpression(search) : null;
  if (search && !expression) {
    return fail("invalid_input", "developers.errors.searchNoWords", undefined, {
      search: [{ reason: "developers.errors.searchField" }],
    });
  }
  const from = expression
    ? `from customer_search join customers c on c.id = customer_search.rowid
       where customer_search match @search and c.partner_id = @partnerId`
    : `from customers c where c.partner_id = @partnerId`;
  const keyset = after
    ? `and (c.company_name collate nocase > @afterName or (c.company_name collate nocase = @afterName and c.id > @afterId))`
    : "";
  const ids = (
    getDb()
      .$client.prepare(`select c.id ${from} ${keyset} order by c.company_name collate nocase, c.id limit @limit`)
      .all({
        partnerId: actor.partnerId,
        limit: size + 1,
        ...(expression && { search: expression }),
        ...(after && { afterName: after[0], afterId: after[1] }),
      }) as { id: number }[]
  ).map((row) => row.id);
  const pageIds = ids.slice(0, size);
  const byId = new Map(
    (pageIds.length ? getDb().select().from(customers).where(inArray(customers.id, pageIds)).all() : []).map((c) => [
      c.id,
      c,
    ]),
  );
  const page = pageIds.map((id) => byId.get(id)!);
  const last = page.at(-1);
  const next = ids.length > size && last ? continuationToken([last.companyName, last.id]) : null;
  return ok({ items: page.map(customerResourceOf), next });
}

/** One of the partner's customers, or not found (another partner's included). */
export function getCustomerResource(actor: PartnerActor, customerTenantId: string): Result<CustomerResource> {
  const customer = getCustomer(actor, customerTenantId);
  return customer ? ok(customerResourceOf(customer)) : fail("not_found", "errors.customer_not_found");
}

function subscriptionResourceOf(subscription: Subscription): z.output<typeof subscriptionResource> {
  return {
    id: subscription.subscriptionId,
    offerId: subscription.offerId,
    offerName: subscription.offerName,
    offerType: subscription.offerType,
    friendlyName: subscription.friendlyName,
    quantity: subscription.quantity,
    unitType: subscription.usageBased ? "Usage-based" : "Licenses",
    creationDate: subscription.createdAt.toISOString(),
    status: subscription.status,
    attributes: { objectType: "Subscription" },
  };
}

/** A customer's subscriptions, newest first; not found when the customer is not the partner's. */
export function listSubscriptionResources(
  actor: PartnerActor,
  customerTenantId: string,
): Result<z.output<typeof subscriptionResource>[]> {
  const customer = getCustomer(actor, customerTenantId);
  if (!customer) return fail("not_found", "errors.customer_not_found");
  const rows = getDb()
    .select()
    .from(subscriptions)
    .where(eq(subscriptions.customerId, customer.id))
    .orderBy(desc(subscriptions.createdAt), desc(subscriptions.id))
    .all();
  return ok(rows.map(subscriptionResourceOf));
}

/** A customer's orders, newest first, with their lines: purchases, refunds, exchanges and renewals. */
export function listOrderResources(actor: PartnerActor, customerTenantId: string): Result<OrderResource[]> {
  const customer = getCustomer(actor, customerTenantId);
  if (!customer) return fail("not_found", "errors.customer_not_found");
  const db = getDb();
  const rows = db
    .select()
    .from(orders)
    .where(eq(orders.customerId, customer.id))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .all();
  const lines = rows.length
    ? db
        .select({ line: orderLines, subscriptionId: subscriptions.subscriptionId })
        .from(orderLines)
        .leftJoin(subscriptions, eq(subscriptions.id, orderLines.subscriptionId))
        .where(
          inArray(
            orderLines.orderId,
            rows.map((order) => order.id),
          ),
        )
        .orderBy(orderLines.id)
        .all()
    : [];
  return ok(
    rows.map((order) =>
      orderResourceOf(
        order,
        customer.tenantId,
        lines.filter(({ line }) => line.orderId === order.id),
      ),
    ),
  );
}

/** A reservation as the API shows it, from the row the Reservations page lists. */
export function reservationResourceOf(
  row: ReservationRow,
  subscriptionIds: Map<number, string>,
): z.output<typeof reservationResource> {
  return {
    id: row.reservationId,
    reservationOrderId: row.orderNumber,
    displayName: row.displayName,
    catalogItemId: row.catalogItemId,
    productName: row.productName,
    region: row.region,
    quantity: row.quantity,
    term: row.term,
    billingPlan: row.billingPlan,
    billingSubscriptionId: row.billingSubscription.subscriptionId,
    scope: row.scope,
    scopeSubscriptionId:
      row.scopeSubscriptionId === null ? null : (subscriptionIds.get(row.scopeSubscriptionId) ?? null),
    resourceGroup: row.resourceGroup,
    status: row.state,
    autoRenew: row.autoRenew,
    purchaseDate: row.createdAt.toISOString(),
    expiryDate: row.expiresAt.toISOString(),
    price: { amountMinor: row.priceMinor, currency: row.currency },
    purchasedBy: row.purchasedBy,
    channel: row.channel,
    attributes: { objectType: "Reservation" },
  };
}

function subscriptionIdsOf(customerId: number): Map<number, string> {
  const rows = getDb()
    .select({ id: subscriptions.id, subscriptionId: subscriptions.subscriptionId })
    .from(subscriptions)
    .where(eq(subscriptions.customerId, customerId))
    .all();
  return new Map(rows.map((row) => [row.id, row.subscriptionId]));
}

/** A customer's reservations, newest first, whatever their state (cancelled, exchanged and expired included). */
export function listReservationResources(
  actor: PartnerActor,
  customerTenantId: string,
): Result<z.output<typeof reservationResource>[]> {
  const customer = getCustomer(actor, customerTenantId);
  if (!customer) return fail("not_found", "errors.customer_not_found");
  const ids = subscriptionIdsOf(customer.id);
  return ok(listReservations(customer.id).map((row) => reservationResourceOf(row, ids)));
}

/** One reservation of the partner's customer as the API shows it; null when it is not theirs. */
export function getReservationResource(
  actor: PartnerActor,
  customerTenantId: string,
  reservationId: string,
): z.output<typeof reservationResource> | null {
  const customer = getCustomer(actor, customerTenantId);
  if (!customer) return null;
  const row = listReservations(customer.id).find((r) => r.reservationId === reservationId.toLowerCase());
  return row ? reservationResourceOf(row, subscriptionIdsOf(customer.id)) : null;
}
