import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { notifications, partnerUsers } from "@/db/schema";
import { countExpiringPurchases } from "@/lib/expiring/expiring-purchases";
import { listNotifications, markNotificationsRead, unreadNotificationCount } from "@/lib/notifications/notifications";
import { setExpiryDigest } from "@/lib/notifications/set-expiry-digest";
import { actor, actorRef, demo } from "@/testing/fixtures";
import { expiryDigestKey, sendExpiryDigests } from "./expiry-digests";

const dayMs = 24 * 60 * 60 * 1000;
/** Past every seeded end date: nothing expires within 30 days of it. */
const farFuture = new Date(Date.UTC(2100, 0, 1));

async function optIn(...emails: string[]) {
  for (const email of emails) {
    expect(await setExpiryDigest(await actorRef(email), { enabled: true })).toMatchObject({ ok: true });
  }
}

const digests = () =>
  getDb().select().from(notifications).where(eq(notifications.kind, "expiring_soon_digest")).orderBy(notifications.id);

const none = { sent: 0, already_sent: 0, nothing_expiring: 0, no_longer_wanted: 0, failed: 0 };

/** The job, run by two processes that start at the same moment with the same clock: each answers its counts. */
async function runJobInTwoProcesses(now: Date): Promise<Record<string, number>[]> {
  const run = promisify(execFile);
  const tsx = path.resolve("node_modules/.bin/tsx");
  const script = path.resolve("testing/expiry-digests-in-process.ts");
  const startAt = String(Date.now() + 3000);
  return Promise.all(
    [0, 1].map(() =>
      run(tsx, [script, startAt, String(now.getTime())], { env: process.env }).then(({ stdout }) => JSON.parse(stdout)),
    ),
  );
}

describe("sendExpiryDigests", () => {
  it("writes one digest a day to each agent who asked for it, telling what of their partner expires within 30 days", async () => {
    await optIn(demo.contosoAdmin, demo.contosoSales);
    const now = new Date();
    const contoso = await actor(demo.contosoAdmin);
    const expiring = await countExpiringPurchases(getDb(), contoso.partnerId, 30, now);
    // The seed has Contoso reservations and a savings plan that end within 30 days.
    expect(expiring.reservations).toBeGreaterThan(0);
    expect(expiring.savingsPlans).toBeGreaterThan(0);

    expect(await sendExpiryDigests(now)).toEqual({ ...none, sent: 2 });
    expect(await sendExpiryDigests(now)).toEqual({ ...none, already_sent: 2 });
    const written = await digests();
    expect(written.map((n) => [n.partnerUserId, n.digestKey])).toEqual([
      [contoso.id, expiryDigestKey(now)],
      [(await actor(demo.contosoSales)).id, expiryDigestKey(now)],
    ]);
    expect(written[0]).toMatchObject({
      partnerId: contoso.partnerId,
      customerId: null,
      params: { ...expiring, within: 30 },
      link: "/expiring?within=30",
    });

    // The next UTC day brings the next one.
    expect(await sendExpiryDigests(new Date(now.getTime() + dayMs))).toEqual({ ...none, sent: 2 });
    expect(await digests()).toHaveLength(4);
  });

  it("writes none to agents who did not ask, who turned it off, or who were deactivated", async () => {
    await optIn(demo.contosoAdmin, demo.contosoSales, demo.contosoHelpdesk);
    expect(await setExpiryDigest(await actorRef(demo.contosoSales), { enabled: false })).toEqual({
      ok: true,
      data: { enabled: false, changed: true },
    });
    await getDb()
      .update(partnerUsers)
      .set({ active: false })
      .where(eq(partnerUsers.id, (await actor(demo.contosoHelpdesk)).id));

    expect(await sendExpiryDigests()).toEqual({ ...none, sent: 1 });
    expect((await digests()).map((n) => n.partnerUserId)).toEqual([(await actor(demo.contosoAdmin)).id]);
  });

  it("writes nothing on a day when nothing of the partner expires within 30 days", async () => {
    await optIn(demo.contosoAdmin);
    expect(await sendExpiryDigests(farFuture)).toEqual({ ...none, nothing_expiring: 1 });
    expect(await digests()).toEqual([]);
    expect(await sendExpiryDigests()).toEqual({ ...none, sent: 1 });
  });

  it("shows each agent their own digest only, with their own unread count", async () => {
    await optIn(demo.contosoAdmin);
    const admin = await actor(demo.contosoAdmin);
    const sales = await actor(demo.contosoSales);
    const unreadBefore = { admin: await unreadNotificationCount(admin), sales: await unreadNotificationCount(sales) };

    await sendExpiryDigests();
    const [digest] = await digests();
    expect(await unreadNotificationCount(admin)).toBe(unreadBefore.admin + 1);
    expect(await unreadNotificationCount(sales)).toBe(unreadBefore.sales);
    expect((await listNotifications(admin)).map((n) => n.id)).toContain(digest.id);
    expect((await listNotifications(sales)).map((n) => n.id)).not.toContain(digest.id);
    expect((await listNotifications(await actor(demo.fabrikamAdmin))).map((n) => n.id)).not.toContain(digest.id);

    // Another agent cannot mark it read, even by its id; its owner can.
    expect(await markNotificationsRead(await actorRef(demo.contosoSales), { notificationIds: [digest.id] })).toEqual({
      ok: true,
      data: { marked: 0 },
    });
    expect(await markNotificationsRead(await actorRef(demo.contosoAdmin), { notificationIds: [digest.id] })).toEqual({
      ok: true,
      data: { marked: 1 },
    });
    expect(await unreadNotificationCount(admin)).toBe(unreadBefore.admin);
  });

  it("an agent's second digest of a day is refused by the unique index, and known as such on either engine", async () => {
    await optIn(demo.contosoAdmin);
    await sendExpiryDigests();
    const [{ partnerId, kind, params, link, partnerUserId, digestKey }] = await digests();
    const digest = { partnerId, kind, params, link, partnerUserId, digestKey };
    const again = await getDb()
      .insert(notifications)
      .values(digest)
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(isUniqueViolation(again, notifications, "notifications_digest_idx")).toBe(true);
    // The same key for another agent is theirs to have.
    const sales = await actor(demo.contosoSales);
    await getDb()
      .insert(notifications)
      .values({ ...digest, partnerUserId: sales.id });
    expect(await digests()).toHaveLength(2);
  });

  it("writes each digest once when two processes run the job at the same moment", async () => {
    await optIn(demo.contosoAdmin, demo.contosoSales, demo.contosoHelpdesk);
    const results = await runJobInTwoProcesses(new Date());
    expect(results.reduce((sum, counts) => sum + counts.sent, 0)).toBe(3);
    expect(results.reduce((sum, counts) => sum + counts.already_sent, 0)).toBe(3);
    expect(results.every((counts) => counts.failed === 0)).toBe(true);
    expect(await digests()).toHaveLength(3);
  }, 60_000);
});
