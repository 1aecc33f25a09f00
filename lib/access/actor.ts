import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { customers, customerUsers, partners, partnerUsers, type PartnerRole } from "@/db/schema";

/** A signed-in partner user, as the database says they are right now. */
export type PartnerActor = {
  kind: "partner_user";
  id: number;
  email: string;
  displayName: string;
  role: PartnerRole;
  partnerId: number;
  partnerName: string;
  partnerTenantId: string;
};

/** A signed-in customer user (the Azure portal side), as the database says they are right now. */
export type CustomerActor = {
  kind: "customer_user";
  id: number;
  objectId: string;
  email: string;
  displayName: string;
  customerId: number;
  customerTenantId: string;
  companyName: string;
  partnerId: number;
  partnerName: string;
  partnerTenantId: string;
  /** Signed in with a temporary password: nothing but choosing their own is open to them. */
  mustChangePassword: boolean;
};

export type Actor = PartnerActor | CustomerActor;

/** Who is asking: the kind and id from the session. Everything else is always read fresh, never trusted from a token. */
export type ActorRef = { kind: Actor["kind"]; id: number };

type Reader = Pick<Db, "select">;

export function loadPartnerActor(db: Reader, userId: number): PartnerActor | null {
  const row = db
    .select({
      id: partnerUsers.id,
      email: partnerUsers.email,
      displayName: partnerUsers.displayName,
      role: partnerUsers.role,
      partnerId: partners.id,
      partnerName: partners.name,
      partnerTenantId: partners.tenantId,
    })
    .from(partnerUsers)
    .innerJoin(partners, eq(partners.id, partnerUsers.partnerId))
    .where(and(eq(partnerUsers.id, userId), eq(partnerUsers.active, true)))
    .get();
  return row ? { kind: "partner_user", ...row } : null;
}

export function loadCustomerActor(db: Reader, userId: number): CustomerActor | null {
  const row = db
    .select({
      id: customerUsers.id,
      objectId: customerUsers.objectId,
      email: customerUsers.userPrincipalName,
      displayName: customerUsers.displayName,
      mustChangePassword: customerUsers.mustChangePassword,
      customerId: customers.id,
      customerTenantId: customers.tenantId,
      companyName: customers.companyName,
      partnerId: partners.id,
      partnerName: partners.name,
      partnerTenantId: partners.tenantId,
    })
    .from(customerUsers)
    .innerJoin(customers, eq(customers.id, customerUsers.customerId))
    .innerJoin(partners, eq(partners.id, customers.partnerId))
    .where(and(eq(customerUsers.id, userId), eq(customerUsers.status, "active")))
    .get();
  return row ? { kind: "customer_user", ...row } : null;
}

export function loadActor(db: Reader, ref: ActorRef): Actor | null {
  return ref.kind === "partner_user" ? loadPartnerActor(db, ref.id) : loadCustomerActor(db, ref.id);
}
