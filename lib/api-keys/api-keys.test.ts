import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activityEntries, apiKeys, partnerUsers } from "@/db/schema";
import { loadActor, type ActorRef } from "@/lib/access/actor";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { actor, actorRef, customerTenantId, demo, grantedResources, newActivityFor } from "@/db/testing/fixtures";
import { authenticateApiKey, type ApiKeyRefusal } from "./authenticate-api-key";
import { createApiKey } from "./create-api-key";
import { listApiKeys } from "./list-api-keys";
import { apiKeyRateLimit } from "./rate-limit";
import { revokeApiKey } from "./revoke-api-key";

const admin = () => actorRef(demo.contosoAdmin);

function created(accessLevel: "read_only" | "full", name = `key-${crypto.randomUUID().slice(0, 8)}`, days = 30) {
  const result = createApiKey(admin(), { name, accessLevel, expiresInDays: days });
  if (!result.ok) throw new Error(result.reason);
  return result.data;
}

function refOf(key: string, now?: Date): ActorRef {
  const authenticated = authenticateApiKey(key, now);
  if (!authenticated.ok) throw new Error(authenticated.reason);
  return authenticated.data.ref;
}

const allowWingtip = (ref: ActorRef, enabled = true) =>
  setCustomerPurchasePermission(ref, {
    customerId: customerTenantId("Wingtip Toys"),
    resource: "AzureReservedInstances",
    enabled,
  });

describe("API keys", () => {
  it("are created by Admin agents, shown once and stored only as a hash, with a Create API Key entry", () => {
    const key = created("full", "nightly-sync");
    const row = getDb().select().from(apiKeys).where(eq(apiKeys.keyId, key.keyId)).get()!;
    expect(key.key.startsWith(`${key.keyId}_`)).toBe(true);
    expect(JSON.stringify(row)).not.toContain(key.key.slice(key.keyId.length + 1));
    const listed = listApiKeys(actor(demo.contosoAdmin));
    expect(listed.ok && listed.data.find((k) => k.keyId === key.keyId)).toMatchObject({
      name: "nightly-sync",
      createdBy: demo.contosoAdmin,
      status: "active",
      lastUsedAt: null,
    });
    expect(JSON.stringify(listed)).not.toContain(key.key);
    const entry = getDb()
      .select()
      .from(activityEntries)
      .where(eq(activityEntries.operationType, "create_api_key"))
      .get();
    expect(entry).toMatchObject({ actorEmail: demo.contosoAdmin, resourceType: "api_key" });
    expect(entry!.newValue).not.toContain(key.key);
  });

  it("are refused to other roles, to a year at most, and to a name already in use", () => {
    const input = { name: "audit-export", accessLevel: "read_only", expiresInDays: 90 };
    expect(createApiKey(actorRef(demo.contosoSales), input)).toMatchObject({ ok: false, error: "forbidden" });
    expect(createApiKey(admin(), { ...input, expiresInDays: 366 })).toMatchObject({
      ok: false,
      error: "invalid_input",
      fieldErrors: { expiresInDays: [{ reason: "apiKeys.errors.daysMax" }] },
    });
    expect(createApiKey(admin(), input).ok).toBe(true);
    expect(createApiKey(admin(), input)).toMatchObject({
      ok: false,
      error: "conflict",
      reason: "apiKeys.errors.nameTaken",
      values: { name: "audit-export" },
      fieldErrors: { name: [{ reason: "apiKeys.errors.nameTaken" }] },
    });
    expect(listApiKeys(actor(demo.contosoSales))).toMatchObject({ ok: false, error: "forbidden" });
  });

  it("act for their partner through the same use cases: full keys write, naming the key and its creator", () => {
    const key = created("full", "psa-tool");
    expect(allowWingtip(refOf(key.key))).toMatchObject({ ok: true, data: { changed: true } });
    expect(newActivityFor("Wingtip Toys")).toEqual([
      expect.objectContaining({
        operationType: "create_self_serve_policy",
        actorEmail: `API key: psa-tool (created by ${demo.contosoAdmin})`,
      }),
    ]);
    // Another partner's customer is not found, as for its people.
    const fabrikam = createApiKey(actorRef(demo.fabrikamAdmin), { name: "x", accessLevel: "full", expiresInDays: 1 });
    if (!fabrikam.ok) throw new Error(fabrikam.reason);
    expect(allowWingtip(refOf(fabrikam.data.key), false)).toMatchObject({ ok: false, error: "not_found" });
  });

  it("that are read-only are refused every write, and cannot make keys", () => {
    const key = created("read_only");
    const ref = refOf(key.key);
    expect(allowWingtip(ref)).toMatchObject({
      ok: false,
      error: "forbidden",
      reason: "errors.read_only_key",
    });
    expect(grantedResources("Wingtip Toys")).toEqual([]);
    const full = refOf(created("full").key);
    expect(createApiKey(full, { name: "k", accessLevel: "full", expiresInDays: 1 })).toMatchObject({
      error: "forbidden",
    });
  });

  it("stop working when revoked, when expired, and when their creator is deactivated", () => {
    const revoked = created("full");
    refOf(revoked.key);
    expect(revokeApiKey(admin(), { keyId: revoked.keyId })).toEqual({
      ok: true,
      data: { keyId: revoked.keyId, changed: true },
    });
    expect(authenticateApiKey(revoked.key)).toMatchObject({
      ok: false,
      error: "unauthenticated",
      reason: "apiKeys.errors.revoked",
    });
    expect(revokeApiKey(actorRef(demo.fabrikamAdmin), { keyId: revoked.keyId })).toMatchObject({ error: "not_found" });

    const shortLived = created("full", "one-day", 1);
    const later = new Date(shortLived.expiresAt.getTime() + 1);
    expect(authenticateApiKey(shortLived.key, later)).toMatchObject({
      ok: false,
      reason: "apiKeys.errors.expired",
    });

    const key = created("full");
    const ref = refOf(key.key);
    getDb().update(partnerUsers).set({ active: false }).where(eq(partnerUsers.email, demo.contosoAdmin)).run();
    expect(loadActor(getDb(), ref)).toBeNull();
    expect(authenticateApiKey(key.key)).toMatchObject({
      ok: false,
      error: "unauthenticated",
      reason: "apiKeys.errors.creatorGone",
    });
    const wrongSecret = key.key.slice(0, -1) + (key.key.endsWith("A") ? "B" : "A");
    expect(authenticateApiKey(wrongSecret)).toMatchObject({ reason: "apiKeys.errors.notValid" });
  });

  it("are rate limited per key in the database, with the time to come back", () => {
    const key = created("read_only");
    const other = created("read_only");
    const now = new Date();
    for (let n = 0; n < apiKeyRateLimit.requests; n++) expect(authenticateApiKey(key.key, now).ok).toBe(true);
    const refused = authenticateApiKey(key.key, now);
    expect(refused).toMatchObject({ ok: false, error: "rate_limited" });
    expect((refused as ApiKeyRefusal).retryAt).toEqual(new Date(now.getTime() + apiKeyRateLimit.windowMs));
    expect(authenticateApiKey(other.key, now).ok).toBe(true);
    expect(authenticateApiKey(key.key, new Date(now.getTime() + apiKeyRateLimit.windowMs)).ok).toBe(true);
    const row = getDb().select().from(apiKeys).where(eq(apiKeys.keyId, key.keyId)).get()!;
    expect(row.lastUsedAt).not.toBeNull();
  });
});
