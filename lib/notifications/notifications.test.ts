import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { customers, notifications } from "@/db/schema";
import { actor, actorRef, demo } from "@/db/testing/fixtures";
import {
  listNotifications,
  markNotificationsRead,
  purchaseAlertsEnabled,
  unreadNotificationCount,
} from "./notifications";
import { setPurchaseAlerts } from "./set-purchase-alerts";

function notify(partnerEmail: string, message: string) {
  const { partnerId } = actor(partnerEmail);
  const customer = getDb().select().from(customers).get()!;
  return getDb()
    .insert(notifications)
    .values({ partnerId, customerId: customer.id, message, link: "/customers" })
    .returning()
    .get().id;
}

describe("setPurchaseAlerts", () => {
  it("is off by default; an Admin agent turns it on, with an activity entry; others may not", () => {
    expect(purchaseAlertsEnabled(actor(demo.contosoAdmin))).toBe(false);
    expect(setPurchaseAlerts(actorRef(demo.contosoSales), { enabled: true })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(setPurchaseAlerts(actorRef(demo.contosoAdmin), { enabled: true })).toEqual({
      ok: true,
      data: { enabled: true, changed: true },
    });
    expect(setPurchaseAlerts(actorRef(demo.contosoAdmin), { enabled: true })).toEqual({
      ok: true,
      data: { enabled: true, changed: false },
    });
    expect(purchaseAlertsEnabled(actor(demo.contosoSales))).toBe(true);
    expect(purchaseAlertsEnabled(actor(demo.fabrikamAdmin))).toBe(false);
    expect(setPurchaseAlerts(actorRef(demo.contosoAdmin), { enabled: "yes" })).toMatchObject({
      ok: false,
      error: "invalid_input",
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
    expect(listNotifications(actor(demo.contosoAdmin)).map((n) => [n.message, n.read])).toEqual([
      ["second", false],
      ["first", true],
    ]);

    expect(markNotificationsRead(actorRef(demo.contosoAdmin), {})).toEqual({ ok: true, data: { marked: 1 } });
    expect(unreadNotificationCount(actor(demo.contosoAdmin))).toBe(0);
    expect(markNotificationsRead(actorRef(demo.fabrikamAdmin), {})).toEqual({ ok: true, data: { marked: 0 } });
  });
});
