import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activityEntries, apiKeys, partnerUsers } from "@/db/schema";
import { loadActor, type ActorRef } from "@/lib/access/actor";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { actor, actorRef, customerTenantId, demo, grantedResources, newActivityFor } from "@/testing/fixtures";
import { authenticateApiKey, type ApiKeyRefusal } from "./authenticate-api-key";
import { createApiKey } from "./create-api-key";
import { listApiKeys } from "./list-api-keys";
import { apiKeyRateLimit } from "./rate-limit";
import { revokeApiKey } from "./revoke-api-key";

const admin = () => actorRef(demo.contosoAdmin);

async function created(accessLevel: "read_only" | "full", name = `key-${crypto.randomUUID().slice(0, 8)}`, days = 30) {
  const result = await createApiKey(await admin(), { name, accessLevel, expiresInDays: days });
  if (!result.ok) throw new Error(result.reason);
  return result.data;
}

async function refOf(key: string, now?: Date): Promise<ActorRef> {
  const authenticated = await authenticateApiKey(key, now);
  if (!authenticated.ok) throw new Error(authenticated.reason);
  return authenticated.data.ref;
}

const allowWingtip = async (ref: ActorRef, enabled = true) =>
  setCustomerPurchasePermission(ref, {
    customerId: await customerTenantId("Wingtip Toys"),
    resource: "AzureReservedInstances",
    enabled,
  });

const keyRow = async (keyId: string) => {
  const [row] = await getDb().select().from(apiKeys).where(eq(apiKeys.keyId, keyId)).limit(1);
  return row;
};

describe("API keys", () => {
  it("are created by Admin agents, shown once and stored only as a hash, with a Create API Key entry", async () => {
    const key = await created("full", "nightly-sync");
    const row = await keyRow(key.keyId);
    expect(key.key.startsWith(`${key.keyId}_`)).toBe(true);
    expect(JSON.stringify(row)).not.toContain(key.key.slice(key.keyId.length + 1));
    const listed = await listApiKeys(await actor(demo.contosoAdmin));
    expect(listed.ok && listed.data.find((k) => k.keyId === key.keyId)).toMatchObject({
      name: "nightly-sync",
      createdBy: demo.contosoAdmin,
      status: "active",
      lastUsedAt: null,
    });
    expect(JSON.stringify(listed)).not.toContain(key.key);
    const [entry] = await getDb()
      .select()
      .from(activityEntries)
      .where(eq(activityEntries.operationType, "create_api_key"))
      .limit(1);
    expect(entry).toMatchObject({ actorEmail: demo.contosoAdmin, resourceType: "api_key" });
    expect(entry!.newValue).not.toContain(key.key);
  });

  it("are refused to other roles, to a year at most, and to a name already in use", async () => {
    const input = { name: "audit-export", accessLevel: "read_only", expiresInDays: 90 };
    expect(await createApiKey(await actorRef(demo.contosoSales), input)).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await createApiKey(await admin(), { ...input, expiresInDays: 366 })).toMatchObject({
      ok: false,
      error: "invalid_input",
      fieldErrors: { expiresInDays: [{ reason: "apiKeys.errors.daysMax" }] },
    });
    expect((await createApiKey(await admin(), input)).ok).toBe(true);
    expect(await createApiKey(await admin(), input)).toMatchObject({
      ok: false,
      error: "conflict",
      reason: "apiKeys.errors.nameTaken",
      values: { name: "audit-export" },
      fieldErrors: { name: [{ reason: "apiKeys.errors.nameTaken" }] },
    });
    expect(await listApiKeys(await actor(demo.contosoSales))).toMatchObject({ ok: false, error: "forbidden" });
  });

  it("act for their partner through the same use cases: full keys write, naming the key and its creator", async () => {
    const key = await created("full", "psa-tool");
    expect(await allowWingtip(await refOf(key.key))).toMatchObject({ ok: true, data: { changed: true } });
    expect(await newActivityFor("Wingtip Toys")).toEqual([
      expect.objectContaining({
        operationType: "create_self_serve_policy",
        actorEmail: `API key: psa-tool (created by ${demo.contosoAdmin})`,
      }),
    ]);
    // Another partner's customer is not found, as for its people.
    const fabrikam = await createApiKey(await actorRef(demo.fabrikamAdmin), {
      name: "x",
      accessLevel: "full",
      expiresInDays: 1,
    });
    if (!fabrikam.ok) throw new Error(fabrikam.reason);
    expect(await allowWingtip(await refOf(fabrikam.data.key), false)).toMatchObject({
      ok: false,
      error: "not_found",
    });
  });

  it("that are read-only are refused every write, and cannot make keys", async () => {
    const key = await created("read_only");
    const ref = await refOf(key.key);
    expect(await allowWingtip(ref)).toMatchObject({
      ok: false,
      error: "forbidden",
      reason: "errors.read_only_key",
    });
    expect(await grantedResources("Wingtip Toys")).toEqual([]);
    const full = await refOf((await created("full")).key);
    expect(await createApiKey(full, { name: "k", accessLevel: "full", expiresInDays: 1 })).toMatchObject({
      error: "forbidden",
    });
  });

  it("stop working when revoked, when expired, and when their creator is deactivated", async () => {
    const revoked = await created("full");
    await refOf(revoked.key);
    expect(await revokeApiKey(await admin(), { keyId: revoked.keyId })).toEqual({
      ok: true,
      data: { keyId: revoked.keyId, changed: true },
    });
    expect(await authenticateApiKey(revoked.key)).toMatchObject({
      ok: false,
      error: "unauthenticated",
      reason: "apiKeys.errors.revoked",
    });
    expect(await revokeApiKey(await actorRef(demo.fabrikamAdmin), { keyId: revoked.keyId })).toMatchObject({
      error: "not_found",
    });

    const shortLived = await created("full", "one-day", 1);
    const later = new Date(shortLived.expiresAt.getTime() + 1);
    expect(await authenticateApiKey(shortLived.key, later)).toMatchObject({
      ok: false,
      reason: "apiKeys.errors.expired",
    });

    const key = await created("full");
    const ref = await refOf(key.key);
    await getDb().update(partnerUsers).set({ active: false }).where(eq(partnerUsers.email, demo.contosoAdmin));
    expect(await loadActor(getDb(), ref)).toBeNull();
    expect(await authenticateApiKey(key.key)).toMatchObject({
      ok: false,
      error: "unauthenticated",
      reason: "apiKeys.errors.creatorGone",
    });
    const wrongSecret = key.key.slice(0, -1) + (key.key.endsWith("A") ? "B" : "A");
    expect(await authenticateApiKey(wrongSecret)).toMatchObject({ reason: "apiKeys.errors.notValid" });
  });

  it("are rate limited per key in the database, with the time to come back", async () => {
    const key = await created("read_only");
    const other = await created("read_only");
    const now = new Date();
    for (let n = 0; n < apiKeyRateLimit.requests; n++) expect((await authenticateApiKey(key.key, now)).ok).toBe(true);
    const refused = await authenticateApiKey(key.key, now);
    expect(refused).toMatchObject({ ok: false, error: "rate_limited" });
    expect((refused as ApiKeyRefusal).retryAt).toEqual(new Date(now.getTime() + apiKeyRateLimit.windowMs));
    expect((await authenticateApiKey(other.key, now)).ok).toBe(true);
    expect((await authenticateApiKey(key.key, new Date(now.getTime() + apiKeyRateLimit.windowMs))).ok).toBe(true);
    expect((await keyRow(key.keyId)).lastUsedAt).not.toBeNull();
  });
});
