import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiKeys, partnerUsers, type ApiKeyAccessLevel } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { fail, ok, type Result } from "@/lib/result";

export type ApiKeyStatus = "active" | "expired" | "revoked" | "creator_inactive";

export type ApiKeyRow = {
  keyId: string;
  name: string;
  accessLevel: ApiKeyAccessLevel;
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date;
  revokedAt: Date | null;
  status: ApiKeyStatus;
};

/** Where a key stands now: revoked, expired, stopped with its creator's access, or working. */
export function apiKeyStatus(
  key: { revokedAt: Date | null; expiresAt: Date },
  creator: { active: boolean; role: string },
  now: Date,
): ApiKeyStatus {
  if (key.revokedAt) return "revoked";
  if (key.expiresAt <= now) return "expired";
  return creator.active && creator.role === "admin_agent" ? "active" : "creator_inactive";
}

/** The partner's API keys, newest first, for the Admin agents who manage them. Secrets are never there to list. */
export async function listApiKeys(actor: PartnerActor, now = new Date()): Promise<Result<ApiKeyRow[]>> {
  if (!can(actor.role, "manageApiKeys")) return fail("forbidden", "apiKeys.errors.onlyAdminsList");
  const rows = await getDb()
    .select({
      key: apiKeys,
      creator: { email: partnerUsers.email, active: partnerUsers.active, role: partnerUsers.role },
    })
    .from(apiKeys)
    .innerJoin(partnerUsers, eq(partnerUsers.id, apiKeys.createdByPartnerUserId))
    .where(eq(apiKeys.partnerId, actor.partnerId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  return ok(
    rows.map(({ key, creator }) => ({
      keyId: key.keyId,
      name: key.name,
      accessLevel: key.accessLevel,
      createdBy: creator.email,
      createdAt: key.createdAt,
      lastUsedAt: key.lastUsedAt,
      expiresAt: key.expiresAt,
      revokedAt: key.revokedAt,
      status: apiKeyStatus(key, creator, now),
    })),
  );
}
