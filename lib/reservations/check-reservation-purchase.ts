import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { customers, partners, roleAssignments, type Customer, type Subscription } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { qualifiesForReservationPurchases } from "@/lib/customer-permissions/prerequisites";
import { readPurchasePermissionFacts } from "@/lib/customer-permissions/purchase-permission-facts";
import { findPartnerCustomer } from "@/lib/customers/find-customer";
import { priceReservation, type ReservationPrice } from "@/lib/pricing/customer-price";
import { readPriceList } from "@/lib/pricing/price-list";
import { fail, ok, type Result } from "@/lib/result";
import { findPartnerSubscription } from "@/lib/subscriptions/find-subscription";
import type { ReservationProduct } from "./catalog";
import type { ReservationChoice } from "./reservation-choice";

export type CheckedPurchase = {
  customer: Customer;
  subscription: Subscription;
  product: ReservationProduct;
  choice: ReservationChoice;
  price: ReservationPrice;
  currency: string;
  channel: "partner" | "customer_self_service";
};

/** The customer a purchase is for: a customer user's own (naming another is absent), or one of the partner's. */
export async function purchasingCustomer(
  tx: Tx,
  actor: Actor,
  customerTenantId: string | undefined,
): Promise<Customer | null> {
  if (actor.kind === "customer_user") {
    // A customer user only ever buys for their own customer; naming another is answered as absent.
    if (customerTenantId && customerTenantId.toLowerCase() !== actor.customerTenantId) return null;
    const [own] = await tx.select().from(customers).where(eq(customers.id, actor.customerId)).limit(1);
    return own ?? null;
  }
  return customerTenantId ? findPartnerCustomer(tx, actor.partnerId, customerTenantId) : null;
}

async function isOwner(tx: Tx, customerUserId: number, subscription: Subscription): Promise<boolean> {
  const [owner] = await tx
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.subscriptionId, subscription.id),
        eq(roleAssignments.customerUserId, customerUserId),
        eq(roleAssignments.role, "Owner"),
      ),
    )
    .limit(1);
  return !!owner;
}

/**
 * Every rule a reservation purchase must pass, in the order a buyer can act on them, and its price from
 * the partner's price list as it is now. Shared by the review step and the purchase itself.
 *
 * - A customer user buys for their own customer only, when the partner has turned the permission on, as an
 *   active Owner of the billing subscription.
 * - A partner's Admin agent buys on behalf of any of the partner's customers, permission or not.
 * - Either way the billing subscription is an active Azure plan or Azure Global subscription of that customer.
 */
export async function checkReservationPurchase(
  tx: Tx,
  actor: Actor,
  customerTenantId: string | undefined,
  choice: ReservationChoice,
  product: ReservationProduct,
): Promise<Result<CheckedPurchase>> {
  const customer = await purchasingCustomer(tx, actor, customerTenantId);
  if (!customer) return fail("not_found", "errors.customer_not_found");
  if (actor.kind === "partner_user" && !can(actor.role, "buyReservationsOnBehalf")) {
    return fail("forbidden", "reservations.errors.onlyAdminsBuy");
  }
  if (actor.kind === "customer_user") {
    const { granted } = await readPurchasePermissionFacts(tx, customer.id);
    if (!granted.includes("AzureReservedInstances")) {
      return fail("forbidden", "reservations.errors.permissionOff", {
        partner: actor.partnerName,
        customer: customer.companyName,
      });
    }
  }

  const found = await findPartnerSubscription(tx, customer.partnerId, choice.billingSubscriptionId);
  if (!found || found.customer.id !== customer.id) {
    return fail("not_found", "reservations.errors.billingSubscriptionNotFound");
  }
  const { subscription } = found;
  if (!qualifiesForReservationPurchases(subscription)) {
    return fail("prerequisite_missing", "reservations.errors.billingSubscriptionNotQualified", {
      subscription: subscription.friendlyName,
      subscriptionId: subscription.subscriptionId,
    });
  }
  if (actor.kind === "customer_user" && !(await isOwner(tx, actor.id, subscription))) {
    return fail("forbidden", "reservations.errors.ownerRequired", {
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
  const price = priceReservation(
    product,
    choice.term,
    choice.billingPlan,
    choice.quantity,
    await readPriceList(tx, customer.partnerId),
  );
  return ok({
    customer,
    subscription,
    product,
    choice,
    price,
    currency,
    channel: actor.kind === "customer_user" ? "customer_self_service" : "partner",
  });
}
