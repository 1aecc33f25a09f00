import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activityEntries, customers, notifications } from "@/db/schema";
import { actor, actorRef, demo } from "@/testing/fixtures";
import {
  listNotifications,
  markNotificationsRead,
  purchaseAlertsSetting,
  unreadNotificationCount,
} from "./notifications";
import { setPurchaseAlerts } from "./set-purchase-alerts";

async function notify(partnerEmail: string, text: string) {
  const { partnerId } = await actor(partnerEmail);
  const [customer] = await getDb().select().from(customers).limit(1);
  const [notification] = await getDb()
    .insert(notifications)
    .values({
      partnerId,
      customerId: customer.id,
      kind: "written_before_translation",
      params: { text },
      link: "/customers",
    })
    .returning();
  return notification.id;
}

describe("setPurchaseAlerts", () => {
  it("is off by default; an Admin agent turns it on, with an activity entry; others may not", async () => {
    expect(await purchaseAlertsSetting(await actor(demo.contosoAdmin))).toEqual({ enabled: false, version: 0 });
    expect(await setPurchaseAlerts(await actorRef(demo.contosoSales), { enabled: true, version: 0 })).toMatchObject({
      ok: false,
      error: "forbidden",
      reason: "settings.errors.onlyAdminsAlerts",
    });
    expect(await setPurchaseAlerts(await actorRef(demo.contosoAdmin), { enabled: true, version: 0 })).toEqual({
      ok: true,
      data: { enabled: true, changed: true, version: 1 },
    });
    expect(await setPurchaseAlerts(await actorRef(demo.contosoAdmin), { enabled: true, version: 1 })).toEqual({
      ok: true,
      data: { enabled: true, changed: false, version: 1 },
    });
    expect(await purchaseAlertsSetting(await actor(demo.contosoSales))).toEqual({ enabled: true, version: 1 });
    expect(await purchaseAlertsSetting(await actor(demo.fabrikamAdmin))).toEqual({ enabled: false, version: 0 });
    for (const input of [
      { enabled: "yes", version: 1 },
      { enabled: true },
      { enabled: true, version: -1 },
      { enabled: false, version: null },
      { enabled: false, version: "" },
      { enabled: false, version: false },
    ]) {
      expect(await setPurchaseAlerts(await actorRef(demo.contosoAdmin), input)).toMatchObject({
        ok: false,
        error: "invalid_input",
      });
    }
    expect(await setPurchaseAlerts(await actorRef(demo.contosoAdmin), { enabled: "yes", version: 1 })).toMatchObject({
      fieldErrors: { enabled: [{ reason: "settings.errors.enabledBoolean" }] },
    });
  });

  it("refuses a save read before another Admin agent's, changing nothing", async () => {
    const [first, second] = [await actorRef(demo.contosoAdmin), await actorRef(demo.contosoAdmin)];
    const readAt = (await purchaseAlertsSetting(await actor(demo.contosoAdmin))).version;
    expect(await setPurchaseAlerts(first, { enabled: true, version: readAt })).toMatchObject({ ok: true });
    const entries = async () =>
      (await getDb().select().from(activityEntries).where(eq(activityEntries.operationType, "update_purchase_alerts")))
        .length;
    const before = await entries();
    expect(await setPurchaseAlerts(second, { enabled: false, version: readAt })).toMatchObject({
      ok: false,
      error: "edit_conflict",
      reason: "settings.errors.alertsChanged",
    });
    expect(await purchaseAlertsSetting(await actor(demo.contosoAdmin))).toEqual({
      enabled: true,
      version: readAt + 1,
    });
    expect(await entries()).toBe(before);
    // Even a save that would change nothing: the stale page still shows a setting that is not the current one.
    expect(await setPurchaseAlerts(second, { enabled: true, version: readAt })).toMatchObject({
      error: "edit_conflict",
    });
    expect(await setPurchaseAlerts(second, { enabled: false, version: readAt + 1 })).toEqual({
      ok: true,
      data: { enabled: false, changed: true, version: readAt + 2 },
    });
  });
});

describe("notifications", () => {
  it("each partner user reads them for themselves; other partners never see them", async () => {
    const first = await notify(demo.contosoAdmin, "first");
    await notify(demo.contosoAdmin, "second");
    expect(await unreadNotificationCount(await actor(demo.contosoAdmin))).toBe(2);
    expect(await unreadNotificationCount(await actor(demo.fabrikamAdmin))).toBe(0);

    expect(await markNotificationsRead(await actorRef(demo.contosoAdmin), { notificationIds: [first] })).toEqual({
      ok: true,
      data: { marked: 1 },
    });
    expect(await unreadNotificationCount(await actor(demo.contosoAdmin))).toBe(1);
    expect(await unreadNotificationCount(await actor(demo.contosoSales))).toBe(2);
    expect((await listNotifications(await actor(demo.contosoAdmin))).map((n) => [n.kind, n.params, n.read])).toEqual([
      ["written_before_translation", { text: "second" }, false],
      ["written_before_translation", { text: "first" }, true],
    ]);

    expect(await markNotificationsRead(await actorRef(demo.contosoAdmin), {})).toEqual({
      ok: true,
      data: { marked: 1 },
    });
    expect(await unreadNotificationCount(await actor(demo.contosoAdmin))).toBe(0);
    expect(await markNotificationsRead(await actorRef(demo.fabrikamAdmin), {})).toEqual({
      ok: true,
      data: { marked: 0 },
    });
  });
});
