import { and, eq } from "drizzle-orm";
import { loadPartnerActor, type ActorRef, type PartnerActor } from "@/lib/access/actor";
import { readPurchasePermissionFacts } from "@/lib/customer-permissions/purchase-permission-facts";
import { getDb } from "../client";
import {
  activityEntries,
  customerPurchasePermissions,
  customers,
  customerUsers,
  partnerUsers,
  subscriptions,
  type OfferType,
} from "../schema";

export const demo = {
  contosoAdmin: "admin@contoso-csp.example",
  contosoSales: "sales@contoso-csp.example",
  contosoHelpdesk: "helpdesk@contoso-csp.example",
  fabrikamAdmin: "admin@fabrikam-partners.example",
} as const;

export function partnerUserId(email: string): number {
  const user = getDb().select({ id: partnerUsers.id }).from(partnerUsers).where(eq(partnerUsers.email, email)).get();
  if (!user) throw new Error(`No seeded partner user ${email}`);
  return user.id;
}

export function actorRef(email: string): ActorRef {
  return { kind: "partner_user", id: partnerUserId(email) };
}

export function actor(email: string): PartnerActor {
  const loaded = loadPartnerActor(getDb(), partnerUserId(email));
  if (!loaded) throw new Error(`${email} is not active`);
  return loaded;
}

export function customerTenantId(companyName: string): string {
  const customer = getDb().select().from(customers).where(eq(customers.companyName, companyName)).get();
  if (!customer) throw new Error(`No seeded customer ${companyName}`);
  return customer.tenantId;
}

export function activityFor(companyName: string) {
  return getDb().select().from(activityEntries).where(eq(activityEntries.customerName, companyName)).all();
}

export function grantedResources(companyName: string): string[] {
  return getDb()
    .select({ resource: customerPurchasePermissions.resource })
    .from(customerPurchasePermissions)
    .innerJoin(customers, eq(customers.id, customerPurchasePermissions.customerId))
    .where(eq(customers.companyName, companyName))
    .all()
    .map((row) => row.resource);
}

export function subscriptionOf(companyName: string, offerType: OfferType) {
  const row = getDb()
    .select({ subscription: subscriptions })
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .where(and(eq(customers.companyName, companyName), eq(subscriptions.offerType, offerType)))
    .get();
  if (!row) throw new Error(`${companyName} has no ${offerType} subscription`);
  return row.subscription;
}

export function customerUser(userPrincipalName: string) {
  const user = getDb().select().from(customerUsers).where(eq(customerUsers.userPrincipalName, userPrincipalName)).get();
  if (!user) throw new Error(`No seeded customer user ${userPrincipalName}`);
  return user;
}

/** The Account page's checklist for a customer, as the partner's admin sees it. */
export function checklistOf(companyName: string) {
  const customer = getDb().select().from(customers).where(eq(customers.companyName, companyName)).get()!;
  return readPurchasePermissionFacts(getDb(), customer.id).checklist;
}
