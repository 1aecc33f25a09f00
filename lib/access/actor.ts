import { and, eq, gt, isNull, sql, type Placeholder } from "drizzle-orm";
import type { Db } from "@/db/client";
import { preparedQuery } from "@/db/prepared";
import {
  apiKeys,
  customers,
  customerUsers,
  partners,
  partnerUsers,
  type ApiKeyAccessLevel,
  type PartnerRole,
} from "@/db/schema";
import type { Locale } from "@/i18n/locales";

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
  /** The language chosen in the user menu; null follows the browser. */
  language: Locale | null;
  /**
   * Set when a program acts through one of the partner's API keys: the key acts with an Admin agent's rights (all
   * of them, or only reading), accountable to the Admin agent who created it, whose id and role this actor carries.
   */
  apiKey: { id: number; keyId: string; name: string; accessLevel: ApiKeyAccessLevel } | null;
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
  /** The language chosen in the user menu; null follows the browser. */
  language: Locale | null;
};

export type Actor = PartnerActor | CustomerActor;

/**
 * Who is asking: the kind and id from the session (or the API key a program presented). Everything else is always
 * read fresh, never trusted from a token.
 */
export type ActorRef = UserRef | { kind: "api_key"; id: number };
/** A person who signs in: what a session names. */
export type UserRef = { kind: Actor["kind"]; id: number };

type Reader = Pick<Db, "select">;

const partnerActorQuery = (db: Reader, userId: number | Placeholder) =>
  db
    .select({
      id: partnerUsers.id,
      email: partnerUsers.email,
      displayName: partnerUsers.displayName,
      role: partnerUsers.role,
      language: partnerUsers.language,
      partnerId: partners.id,
      partnerName: partners.name,
      partnerTenantId: partners.tenantId,
    })
    .from(partnerUsers)
    .innerJoin(partners, eq(partners.id, partnerUsers.partnerId))
    .where(and(eq(partnerUsers.id, userId), eq(partnerUsers.active, true)))
    .limit(1);

export async function loadPartnerActor(db: Reader, userId: number): Promise<PartnerActor | null> {
  const [row] = await partnerActorQuery(db, userId);
  return row ? { kind: "partner_user", ...row, apiKey: null } : null;
}

/**
 * The actor an API key stands for, as long as the key is neither revoked nor expired and the Admin agent who created
 * it is still an active user of the partner: a key does not outlive its creator's access.
 */
export async function loadApiKeyActor(db: Reader, keyRowId: number, now = new Date()): Promise<PartnerActor | null> {
  const [row] = await db
    .select({
      key: { id: apiKeys.id, keyId: apiKeys.keyId, name: apiKeys.name, accessLevel: apiKeys.accessLevel },
      creator: { id: partnerUsers.id, email: partnerUsers.email, role: partnerUsers.role },
      partnerId: partners.id,
      partnerName: partners.name,
      partnerTenantId: partners.tenantId,
    })
    .from(apiKeys)
    .innerJoin(partnerUsers, eq(partnerUsers.id, apiKeys.createdByPartnerUserId))
    .innerJoin(partners, eq(partners.id, apiKeys.partnerId))
    .where(
      and(
        eq(apiKeys.id, keyRowId),
        isNull(apiKeys.revokedAt),
        gt(apiKeys.expiresAt, now),
        eq(partnerUsers.active, true),
        eq(partnerUsers.partnerId, apiKeys.partnerId),
      ),
    )
    .limit(1);
  if (!row || row.creator.role !== "admin_agent") return null;
  return {
    kind: "partner_user",
    id: row.creator.id,
    email: `API key: ${row.key.name} (created by ${row.creator.email})`,
    displayName: `API key ${row.key.name}`,
    role: "admin_agent",
    language: null,
    partnerId: row.partnerId,
    partnerName: row.partnerName,
    partnerTenantId: row.partnerTenantId,
    apiKey: row.key,
  };
}

const customerActorQuery = (db: Reader, userId: number | Placeholder) =>
  db
    .select({
      id: customerUsers.id,
      objectId: customerUsers.objectId,
      email: customerUsers.userPrincipalName,
      displayName: customerUsers.displayName,
      mustChangePassword: customerUsers.mustChangePassword,
      language: customerUsers.language,
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
    .limit(1);

export async function loadCustomerActor(db: Reader, userId: number): Promise<CustomerActor | null> {
  const [row] = await customerActorQuery(db, userId);
  return row ? { kind: "customer_user", ...row } : null;
}

export function loadActor(db: Reader, ref: ActorRef): Promise<Actor | null> {
  if (ref.kind === "api_key") return loadApiKeyActor(db, ref.id);
  return ref.kind === "partner_user" ? loadPartnerActor(db, ref.id) : loadCustomerActor(db, ref.id);
}

const preparedPartnerActor = preparedQuery("partner_actor", (db) => partnerActorQuery(db, sql.placeholder("userId")));
const preparedCustomerActor = preparedQuery("customer_actor", (db) =>
  customerActorQuery(db, sql.placeholder("userId")),
);

/**
 * The signed-in user a page or action is rendered for, read fresh through a prepared statement: the same read as
 * loadActor, for the one made outside any transaction on every request (use cases re-read theirs inside theirs).
 */
export async function loadSignedInActor(ref: UserRef): Promise<Actor | null> {
  if (ref.kind === "partner_user") {
    const [row] = await preparedPartnerActor({ userId: ref.id });
    return row ? { kind: "partner_user", ...row, apiKey: null } : null;
  }
  const [row] = await preparedCustomerActor({ userId: ref.id });
  return row ? { kind: "customer_user", ...row } : null;
}
