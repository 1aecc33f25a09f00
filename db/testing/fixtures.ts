import { eq } from "drizzle-orm";
import { getDb } from "../client";
import { activityEntries, customerPurchasePermissions, customers, partnerUsers } from "../schema";
import { loadPartnerActor, type ActorRef, type PartnerActor } from "@/lib/access/actor";

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
