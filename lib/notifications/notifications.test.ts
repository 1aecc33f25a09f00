import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activityEntries, customers, notifications } from "@/db/schema";
import { actor, actorRef, demo } from "@/db/testing/fixtures";
import {
  listNotifications,
  markNotificationsRead,
  purchaseAlertsSetting,
  unreadNotificationCount,
} from "./notifications";
import { setPurchaseAlerts } from "./set-purchase-alerts";

function notify(partnerEmail: string, text: string) {
  const { partnerId } = actor(partnerEmail);
  const customer = getDb().select().from(customers).get()!;
  return getDb()
    .insert(notifications)
    .values({
      partnerId,
      customerId: customer.id,
      kind: "written_before_translation",
      params: { text },
      link: "/customers",
    })
    .returning()
    .get().id;
}

describe("setPurchaseAlerts", () => {
  it("is off by default; an Admin agent turns it on, with an activity entry; others may not", () => {
    expect(purchaseAlertsSetting(actor(demo.contosoAdmin))).toEqual({ enabled: false, version: 0 });
    expect(setPurchaseAlerts(actorRef(demo.contosoSales), { enabled: true, version: 0 })).toMatchObject({
      ok: false,
      error: "forbidden",
      reason: "settings.errors.onlyAdminsAlerts",
    });
    expect(setPurchaseAlerts(actorRef(demo.contosoAdmin), { enabled: true, version: 0 })).toEqual({
      ok: true,
      data: { enabled: true, changed: true, version: 1 },
    });
    expect(setPurchaseAlerts(actorRef(demo.contosoAdmin), { enabled: true, version: 1 })).toEqual({
      ok: true,
      data: { enabled: true, changed: false, version: 1 },
    });
    expect(purchaseAlertsSetting(actor(demo.contosoSales))).toEqual({ enabled: true, version: 1 });
    expect(purchaseAlertsSetting(actor(demo.fabrikamAdmin))).toEqual({ enabled: false, version: 0 });
    for (const input of [
      { enabled: "yes", version: 1 },
      { enabled: true },
      { enabled: true, version: -1 },
      { enabled: false, version: null },
      { enabled: false, version: "" },
      { enabled: false, version: false },
    ]) {
      expect(setPurchaseAlerts(actorRef(demo.contosoAdmin), input)).toMatchObject({
        ok: false,
        error: "invalid_input",
      });
    }
    expect(setPurchaseAlerts(actorRef(demo.contosoAdmin), { enabled: "yes", version: 1 })).toMatchObject({
      fieldErrors: { enabled: [{ reason: "settings.errors.enabledBoolean" }] },
    });
  });

  it("refuses a save read before another Admin agent's, changing nothing", () => {
    const [first, second] = [actorRef(demo.contosoAdmin), actorRef(demo.contosoAdmin)];
    const readAt = purchaseAlertsSetting(actor(demo.contosoAdmin)).version;
    expect(setPurchaseAlerts(first, { enabled: true, version: readAt })).toMatchObject({ ok: true });
    const entries = () =>
      getDb().select().from(activityEntries).where(eq(activityEntries.operationType, "update_purchase_alerts")).all()
        .length;
    const before = entries();
    expect(setPurchaseAlerts(second, { enabled: false, version: readAt })).toMatchObject({
      ok: false,
      error: "edit_conflict",
      reason: "settings.errors.alertsChanged",
    });
    expect(purchaseAlertsSetting(actor(demo.contosoAdmin))).toEqual({ enabled: true, version: readAt + 1 });
    expect(entries()).toBe(before);
    // Even a save that would change nothing: the stale page still shows a setting that is not the current one.
    expect(setPurchaseAlerts(second, { enabled: true, version: readAt })).toMatchObject({ error: "edit_conflict" });
    expect(setPurchaseAlerts(second, { enabled: false, version: readAt + 1 })).toEqual({
      ok: true,
      data: { enabled: false, changed: true, version: readAt + 2 },
    });
  });
});

describe("notifications", () => {
  it("each partner user reads them for themselves; other partners never see them", () => {
    const first = notify(demo.contosoAdmin, "first");
    notify(demo.contosoAdmin, "second");
    expect(unreadNotificationCount(actor(demo.contosoAdmin))).toBe(2);
    expect(unreadNotificationCount(actor(demo.fabrikamAdmin))).toBe(0);

    expect(markNotificationsRead(actorRef(demo.contosoAdmin), { notificationIds: [first] })).toEqual({
      ok: true,
      data: { marked: 1 },
    });
    expect(unreadNotificationCount(actor(demo.contosoAdmin))).toBe(1);
    expect(unreadNotificationCount(actor(demo.contosoSales))).toBe(2);
    expect(listNotifications(actor(demo.contosoAdmin)).map((n) => [n.kind, n.params, n.read])).toEqual([
      ["written_before_translation", { text: "second" }, false],
      ["written_before_translation", { text: "first" }, true],
    ]);

    expect(markNotificationsRead(actorRef(demo.contosoAdmin), {})).toEqual({ ok: true, data: { marked: 1 } });
    expect(unreadNotificationCount(actor(demo.contosoAdmin))).toBe(0);
    expect(markNotificationsRead(actorRef(demo.fabrikamAdmin), {})).toEqual({ ok: true, data: { marked: 0 } });
  });
});
