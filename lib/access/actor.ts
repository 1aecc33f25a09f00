import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { partners, partnerUsers, type PartnerRole } from "@/db/schema";

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

/** Who is asking: the id from the session. Role and tenant are always read fresh, never trusted from a token. */
export type ActorRef = { kind: "partner_user"; id: number };

export function loadPartnerActor(db: Pick<Db, "select">, userId: number): PartnerActor | null {
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
