import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { authenticatorApps, partnerUsers, passkeys, type PartnerRole } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";

export type PartnerUserRow = {
  id: number;
  displayName: string;
  email: string;
  role: PartnerRole;
  active: boolean;
  /** Whether the user has a second factor to show (what hasMfaMethod asks): without one, they enroll at next sign-in. */
  mfaSetUp: boolean;
};

/**
 * The partner's own users, for Settings: every partner role may see who they are, their role and whether MFA is set up
 * (Admin agents reset it from there). Another partner's users are never read.
 */
export async function listPartnerUsers(actor: PartnerActor): Promise<PartnerUserRow[]> {
  const db = getDb();
  const users = await db
    .select({
      id: partnerUsers.id,
      displayName: partnerUsers.displayName,
      email: partnerUsers.email,
      role: partnerUsers.role,
      active: partnerUsers.active,
    })
    .from(partnerUsers)
    .where(eq(partnerUsers.partnerId, actor.partnerId))
    .orderBy(asc(partnerUsers.displayName), asc(partnerUsers.id));
  const ids = users.map((user) => user.id);
  if (ids.length === 0) return [];
  // Two reads for the whole list rather than hasMfaMethod's two per user: the same rule, a confirmed app or a passkey.
  const [apps, keys] = await Promise.all([
    db
      .select({ userId: authenticatorApps.userId })
      .from(authenticatorApps)
      .where(
        and(
          eq(authenticatorApps.userKind, "partner_user"),
          inArray(authenticatorApps.userId, ids),
          isNotNull(authenticatorApps.confirmedAt),
        ),
      ),
    db
      .select({ userId: passkeys.userId })
      .from(passkeys)
      .where(and(eq(passkeys.userKind, "partner_user"), inArray(passkeys.userId, ids))),
  ]);
  const withMfa = new Set([...apps, ...keys].map((row) => row.userId));
  return users.map((user) => ({ ...user, mfaSetUp: withMfa.has(user.id) }));
}
