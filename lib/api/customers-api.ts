import { customerIdsAfter } from "@/db/customer-search";
import { desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { customers, orderLines, orders, subscriptions, type Customer, type Subscription } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";
import { getCustomer } from "@/lib/customers/find-customer";
import { customerSearchWords, customerSearchMaxLength } from "@/lib/customers/list-customers";
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
export async function listCustomerResources(
  actor: PartnerActor,
  rawQuery: unknown,
): Promise<Result<{ items: CustomerResource[]; next: string | null }>> {
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
  const words = search ? customerSearchWords(search) : null;
  if (search && !words) {
    return fail("invalid_input", "developers.errors.searchNoWords", undefined, {
      search: [{ reason: "developers.errors.searchField" }],
    });
  }
  const ids = await customerIdsAfter({ partnerId: actor.partnerId, words }, after, size + 1);
  const pageIds = ids.slice(0, size);
  const rows = pageIds.length ? await getDb().select().from(customers).where(inArray(customers.id, pageIds)) : [];
  const byId = new Map(rows.map((c) => [c.id, c]));
  const page = pageIds.map((id) => byId.get(id)!);
  const last = page.at(-1);
  const next = ids.length > size && last ? continuationToken([last.companyName, last.id]) : null;
  return ok({ items: page.map(customerResourceOf), next });
}

/** One of the partner's customers, or not found (another partner's included). */
export async function getCustomerResource(
  actor: PartnerActor,
  customerTenantId: string,
): Promise<Result<CustomerResource>> {
  const customer = await getCustomer(actor, customerTenantId);
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
export async function listSubscriptionResources(
  actor: PartnerActor,
  customerTenantId: string,
): Promise<Result<z.output<typeof subscriptionResource>[]>> {
  const customer = await getCustomer(actor, customerTenantId);
  if (!customer) return fail("not_found", "errors.customer_not_found");
  const rows = await getDb()
    .select()
    .from(subscriptions)
    .where(eq(subscriptions.customerId, customer.id))
    .orderBy(desc(subscriptions.createdAt), desc(subscriptions.id));
  return ok(rows.map(subscriptionResourceOf));
}

/** A customer's orders, newest first, with their lines: purchases, refunds, exchanges and renewals. */
export async function listOrderResources(
  actor: PartnerActor,
  customerTenantId: string,
): Promise<Result<OrderResource[]>> {
  const customer = await getCustomer(actor, customerTenantId);
  if (!customer) return fail("not_found", "errors.customer_not_found");
  const db = getDb();
  const rows = await db
    .select()
    .from(orders)
    .where(eq(orders.customerId, customer.id))
    .orderBy(desc(orders.createdAt), desc(orders.id));
  const lines = rows.length
    ? await db
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

async function subscriptionIdsOf(customerId: number): Promise<Map<number, string>> {
  const rows = await getDb()
    .select({ id: subscriptions.id, subscriptionId: subscriptions.subscriptionId })
    .from(subscriptions)
    .where(eq(subscriptions.customerId, customerId));
  return new Map(rows.map((row) => [row.id, row.subscriptionId]));
}

/** A customer's reservations, newest first, whatever their state (cancelled, exchanged and expired included). */
export async function listReservationResources(
  actor: PartnerActor,
  customerTenantId: string,
): Promise<Result<z.output<typeof reservationResource>[]>> {
  const customer = await getCustomer(actor, customerTenantId);
  if (!customer) return fail("not_found", "errors.customer_not_found");
  const ids = await subscriptionIdsOf(customer.id);
  return ok((await listReservations(customer.id)).map((row) => reservationResourceOf(row, ids)));
}

/** One reservation of the partner's customer as the API shows it; null when it is not theirs. */
export async function getReservationResource(
  actor: PartnerActor,
  customerTenantId: string,
  reservationId: string,
): Promise<z.output<typeof reservationResource> | null> {
  const customer = await getCustomer(actor, customerTenantId);
  if (!customer) return null;
  const row = (await listReservations(customer.id)).find((r) => r.reservationId === reservationId.toLowerCase());
  return row ? reservationResourceOf(row, await subscriptionIdsOf(customer.id)) : null;
}
