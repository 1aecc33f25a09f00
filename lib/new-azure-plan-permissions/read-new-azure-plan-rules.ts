import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  newAzurePlanPermissions,
  partnerSettings,
  partnerUsers,
  purchasePermissionResources,
  type PurchasePermissionResource,
} from "@/db/schema";

/** A rule that is on: the permission it turns on, and the Admin agent who turned the rule on, and when. */
export type NewAzurePlanRule = {
  resource: PurchasePermissionResource;
  setBy: { id: number; email: string };
  setAt: Date;
};

type Reader = Pick<Db, "select">;

/** The partner's rules that are on, reservations first. */
export async function readNewAzurePlanRules(db: Reader, partnerId: number): Promise<NewAzurePlanRule[]> {
  const rows = await db
    .select({
      resource: newAzurePlanPermissions.resource,
      setById: partnerUsers.id,
      setByEmail: partnerUsers.email,
      setAt: newAzurePlanPermissions.setAt,
    })
    .from(newAzurePlanPermissions)
    .innerJoin(partnerUsers, eq(partnerUsers.id, newAzurePlanPermissions.setByPartnerUserId))
    .where(eq(newAzurePlanPermissions.partnerId, partnerId));
  return rows
    .map((row) => ({ resource: row.resource, setBy: { id: row.setById, email: row.setByEmail }, setAt: row.setAt }))
    .sort((a, b) => purchasePermissionResources.indexOf(a.resource) - purchasePermissionResources.indexOf(b.resource));
}

/** The version the rules are at (0 before their first save): a save carries the one it was read at. */
export async function readNewAzurePlanRulesVersion(db: Reader, partnerId: number): Promise<number> {
  const [settings] = await db
    .select({ version: partnerSettings.newAzurePlanRulesVersion })
    .from(partnerSettings)
    .where(eq(partnerSettings.partnerId, partnerId))
    .limit(1);
  return settings?.version ?? 0;
}
