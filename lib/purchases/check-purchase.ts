import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { customers, partners, roleAssignments, type Customer, type Subscription } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { rolesThatCanBuy } from "@/lib/access/buyer-roles";
import { can } from "@/lib/access/roles";
import { billsAzurePurchases } from "@/lib/customer-permissions/prerequisites";
import { readPurchasePermissionFacts } from "@/lib/customer-permissions/purchase-permission-facts";
import { findPartnerCustomer } from "@/lib/customers/find-customer";
import { spreadOverMonths } from "@/lib/pricing/customer-price";
import { readPriceList } from "@/lib/pricing/price-list";
import { termMonths } from "@/lib/reservations/catalog";
import { judgePurchase, type Allowance, type PurchaseVerdict } from "@/lib/purchase-controls/purchase-control-rules";
import { readAllowance } from "@/lib/purchase-controls/read-purchase-controls";
import { fail, ok, type Result } from "@/lib/result";
import { findPartnerSubscription } from "@/lib/subscriptions/find-subscription";
import { permissionFor, priceItem, refusalsFor, type PurchaseItem, type PurchasePrice } from "./purchase-item";

export type CheckedPurchase<I extends PurchaseItem = PurchaseItem> = {
  customer: Customer;
  subscription: Subscription;
  item: I;
  price: PurchasePrice;
  currency: string;
  channel: "partner" | "customer_self_service";
  /** A customer's own purchase: what is left of its month, and whether it is bought or waits for approval. */
  controls: { allowance: Allowance; verdict: Exclude<PurchaseVerdict, { kind: "over_limit" }> } | null;
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

async function holdsBuyerRole(tx: Tx, customerUserId: number, subscription: Subscription, item: PurchaseItem) {
  const [assignment] = await tx
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.subscriptionId, subscription.id),
        eq(roleAssignments.customerUserId, customerUserId),
        inArray(roleAssignments.role, [...rolesThatCanBuy[permissionFor[item.kind]]]),
      ),
    )
    .limit(1);
  return !!assignment;
}

/** The price now, or the one quoted earlier (its monthly payments spread anew over the same term). */
function pricedAt(now: PurchasePrice, item: PurchaseItem, quoted: CheckOptions["quoted"]): PurchasePrice {
  if (!quoted) return now;
  const monthly = now.monthly && spreadOverMonths(quoted.totalMinor, termMonths[item.choice.term]);
  return { ...now, ...quoted, monthly };
}

export type CheckOptions = {
  at: Date;
  /** An Admin agent approving what the customer submitted: the approval amount is what is being decided. */
  approving?: boolean;
  /** The price quoted when it was submitted, which an approval within 7 days buys at. */
  quoted?: { totalMinor: number; unitPriceMinor: number };
};

/**
 * Every rule a purchase of a reservation or a savings plan must pass, in the order a buyer can act on them, and its
 * price from the partner's price list now. Shared by the review, the purchase, an approval and the partner's exchange
 * and trade-in.
 *
 * - A customer user buys for their own customer only, when the partner has turned that kind's permission on, with a
 *   buyer role on the billing subscription (Owner; for savings plans also Savings plan purchaser), within the
 *   customer's purchase controls: over what is left of the month's limit is refused, above the approval amount waits
 *   for the partner.
 * - A partner's Admin agent buys on behalf of any of the partner's customers, permission and controls or not.
 * - Either way the billing subscription is an active Azure plan or Azure Global subscription of that customer.
 */
export async function checkPurchase<I extends PurchaseItem>(
  tx: Tx,
  actor: Actor,
  customerTenantId: string | undefined,
  item: I,
  options: CheckOptions,
): Promise<Result<CheckedPurchase<I>>> {
  const refusals = refusalsFor[item.kind];
  const customer = await purchasingCustomer(tx, actor, customerTenantId);
  if (!customer) return fail("not_found", "errors.customer_not_found");
  if (actor.kind === "partner_user" && !can(actor.role, "buyOnBehalf"))
    return fail("forbidden", refusals.onlyAdminsBuy);
  if (actor.kind === "customer_user") {
    const permission = permissionFor[item.kind];
    const { granted } = await readPurchasePermissionFacts(tx, customer.id, permission);
    if (!granted.includes(permission)) {
      return fail("forbidden", refusals.permissionOff, { partner: actor.partnerName, customer: customer.companyName });
    }
  }

  const found = await findPartnerSubscription(tx, customer.partnerId, item.choice.billingSubscriptionId);
  if (!found || found.customer.id !== customer.id) return fail("not_found", refusals.billingSubscriptionNotFound);
  const { subscription } = found;
  const named = { subscription: subscription.friendlyName, subscriptionId: subscription.subscriptionId };
  if (!billsAzurePurchases(subscription)) return fail("prerequisite_missing", refusals.notBillable, named);
  if (actor.kind === "customer_user" && !(await holdsBuyerRole(tx, actor.id, subscription, item))) {
    return fail("forbidden", refusals.buyerRoleMissing, { ...named, partner: actor.partnerName });
  }

  const [{ currency }] = await tx
    .select({ currency: partners.currency })
    .from(partners)
    .where(eq(partners.id, customer.partnerId))
    .limit(1);
  const price = pricedAt(priceItem(item, await readPriceList(tx, customer.partnerId)), item, options.quoted);
  const checked = { customer, subscription, item, price, currency, controls: null };
  if (actor.kind === "partner_user") return ok({ ...checked, channel: "partner" });

  const allowed = await readAllowance(tx, customer, options.at);
  const verdict = judgePurchase(price.totalMinor, allowed, { approving: options.approving ?? false });
  if (verdict.kind === "over_limit") {
    return fail("purchase_limit_exceeded", "purchaseControls.errors.overLimit", {
      left: { amountMinor: verdict.leftMinor, currency },
      limit: { amountMinor: verdict.limitMinor, currency },
      total: { amountMinor: price.totalMinor, currency },
    });
  }
  return ok({ ...checked, channel: "customer_self_service", controls: { allowance: allowed, verdict } });
}
