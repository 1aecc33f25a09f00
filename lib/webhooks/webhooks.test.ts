import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { customers, notifications, webhookAttempts, webhookEvents, webhookRegistrations } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import { recordActivities, recordActivity, type NewActivityEntry } from "@/lib/activity/record-activity";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { actor, actorRef, customerTenantId, demo } from "@/testing/fixtures";
import {
  claimDueWebhookEvents,
  deliverDueWebhookEvents,
  deliveryLeaseMs,
  recordWebhookAttempt,
  sendWebhookEvent,
} from "./deliver-webhooks";
import { retryWindowMs } from "./delivery-rules";
import { createWebhookRegistration, updateWebhookRegistration } from "./save-webhook-registration";
import { rotateWebhookSecret } from "./rotate-webhook-secret";
import { sendTestWebhookEvent } from "./send-test-webhook-event";
import { redeliverWebhookEvent } from "./redeliver-webhook-event";
import type { WebhookPayload } from "./queue-webhook-events";

/** A receiver on this machine that answers what the test says and keeps every request it got. */
type Received = { id: string; body: string; headers: IncomingMessage["headers"] };
let receiver: Server;
let received: Received[];
let answer: number;
let url: string;

beforeEach(async () => {
  process.env.WEBHOOKS_ALLOW_LOCAL = "1";
  received = [];
  answer = 200;
  receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ id: String(request.headers["webhook-id"]), body, headers: request.headers });
      response.statusCode = answer;
      response.end("thanks");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  url = `http://localhost:${(receiver.address() as AddressInfo).port}/hooks`;
});

afterEach(async () => {
  delete process.env.WEBHOOKS_ALLOW_LOCAL;
  await new Promise((resolve) => receiver.close(resolve));
});

const permissionEvents = ["customer-purchase-permission-created", "customer-purchase-permission-deleted"];

async function register(events = permissionEvents) {
  const created = await createWebhookRegistration(await actorRef(demo.contosoAdmin), { url, events });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return created.data;
}

async function turnOn(companyName: string, enabled = true) {
  const result = await setCustomerPurchasePermission(await actorRef(demo.contosoAdmin), {
    customerId: await customerTenantId(companyName),
    resource: "AzureReservedInstances",
    enabled,
  });
  expect(result.ok).toBe(true);
}

/** A permission entry for a seeded customer of Contoso, as the switch writes it (what it says does not matter here). */
async function permissionEntry(): Promise<NewActivityEntry> {
  const [customer] = await getDb()
    .select({ id: customers.id, companyName: customers.companyName })
    .from(customers)
    .where(eq(customers.tenantId, await customerTenantId("A. Datum Corporation")));
  return {
    actor: await actor(demo.contosoAdmin),
    customer,
    operationType: "create_self_serve_policy",
    resourceType: "self_serve_policy",
    oldValue: null,
    newValue: {},
    at: new Date(),
  };
}

const events = () => getDb().select().from(webhookEvents).orderBy(webhookEvents.id);

/** Lets time pass for the waiting events: their next attempt is due now. */
const dueNow = () =>
  getDb()
    .update(webhookEvents)
    .set({ nextAttemptAt: new Date(Date.now() - 1) })
    .where(eq(webhookEvents.status, "pending"));

describe("webhook events: written with the change, delivered signed", () => {
  it("writes the event in the change's transaction, in Partner Center's form, its entry as the AuditUri", async () => {
    await register();
    await turnOn("Adventure Works Cycles");
    const [event] = await events();
    const payload = JSON.parse(event.payload) as WebhookPayload;
    const tenantId = await customerTenantId("Adventure Works Cycles");
    expect(payload).toEqual({
      EventName: "customer-purchase-permission-created",
      ResourceUri: expect.stringMatching(new RegExp(`/api/v1/SelfServePolicy\\?entity_id=${tenantId}$`)),
      ResourceName: "customer-purchase-permission",
      AuditUri: expect.stringMatching(new RegExp(`/api/v1/auditrecords/${event.activityEntryId}$`)),
      ResourceChangeUtcDate: event.createdAt.toISOString(),
    });
    expect(event).toMatchObject({
      status: "pending",
      attempts: 0,
      webhookId: expect.stringMatching(/^msg_[0-9a-f]{32}$/),
    });
  });

  it("writes no event for a change that rolled back", async () => {
    await register();
    const entry = await permissionEntry();
    await expect(
      writeTransaction(async (tx) => {
        await recordActivity(tx, entry);
        throw new Error("the change fails after its entry");
      }),
    ).rejects.toThrow("the change fails");
    expect(await events()).toEqual([]);
  });

  it("writes events only for what the registration asks for, and none while it is off", async () => {
    const registration = await register(["customer-purchase-permission-deleted"]);
    await turnOn("Adventure Works Cycles");
    expect(await events()).toEqual([]);
    const off = await updateWebhookRegistration(await actorRef(demo.contosoAdmin), {
      url,
      events: permissionEvents,
      enabled: false,
      version: registration.version,
    });
    expect(off.ok).toBe(true);
    await turnOn("Adventure Works Cycles", false);
    expect(await events()).toEqual([]);
  });

  it("delivers it signed: the receiver verifies it with the Standard Webhooks library", async () => {
    const { secret } = await register();
    await turnOn("Adventure Works Cycles");
    expect(await deliverDueWebhookEvents("process-a")).toBe(1);
    expect(received).toHaveLength(1);
    const [event] = await events();
    expect(new Webhook(secret).verify(received[0].body, received[0].headers as Record<string, string>)).toEqual(
      JSON.parse(event.payload),
    );
    expect(event).toMatchObject({ status: "delivered", attempts: 1, lastStatus: 200, lastError: null });
    const attempts = await getDb().select().from(webhookAttempts).where(eq(webhookAttempts.eventId, event.id));
    expect(attempts).toMatchObject([{ status: 200, error: null, responseBody: "thanks" }]);
  });

  it("retries a receiver that is down with the same webhook-id, and delivers once it is back", async () => {
    await register();
    answer = 503;
    await turnOn("Adventure Works Cycles");
    await turnOn("Alpine Ski House");
    await deliverDueWebhookEvents("process-a");
    const waiting = await events();
    expect(waiting.map((event) => [event.status, event.attempts, event.lastStatus])).toEqual([
      ["pending", 1, 503],
      ["pending", 1, 503],
    ]);
    expect(waiting[0].nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 5_000);
    expect(await deliverDueWebhookEvents("process-a")).toBe(0);

    answer = 200;
    await dueNow();
    await deliverDueWebhookEvents("process-a");
    expect((await events()).map((event) => event.status)).toEqual(["delivered", "delivered"]);
    const ids = waiting.map((event) => event.webhookId);
    expect(received.map((request) => request.id).sort()).toEqual([...ids, ...ids].sort());
    const [registration] = await getDb().select().from(webhookRegistrations);
    expect(registration.failingSince).toBeNull();
  });

  it("shares the work between processes: each event is sent once", async () => {
    await register(["customer-purchase-permission-created"]);
    const entry = await permissionEntry();
    await writeTransaction((tx) =>
      recordActivities(
        tx,
        Array.from({ length: 45 }, () => entry),
      ),
    );
    const [a, b] = await Promise.all([deliverDueWebhookEvents("process-a"), deliverDueWebhookEvents("process-b")]);
    expect(a + b).toBe(45);
    expect(new Set(received.map((request) => request.id)).size).toBe(45);
    expect(received).toHaveLength(45);
  });

  it("sends an event again, with its webhook-id, when the process that held it died mid-send", async () => {
    await register();
    await turnOn("Adventure Works Cycles");
    // Process A leases the event and dies before it records anything.
    const [leased] = await claimDueWebhookEvents("process-a");
    expect(await claimDueWebhookEvents("process-b")).toEqual([]);
    const later = new Date(Date.now() + deliveryLeaseMs + 1000);
    const [taken] = await claimDueWebhookEvents("process-b", later);
    expect(taken.webhookId).toBe(leased.webhookId);
    await recordWebhookAttempt(taken, await sendWebhookEvent(taken), "process-b");
    // Process A's late outcome, if it ever came, is not written over B's.
    await recordWebhookAttempt(leased, { kind: "response", status: 500, body: "", durationMs: 1 }, "process-a");
    const [event] = await events();
    expect(event).toMatchObject({ status: "delivered", attempts: 1 });
    expect(received.map((request) => request.id)).toEqual([leased.webhookId]);
  });

  it("gives up after a day, turns the failing webhook off and tells the partner's agents", async () => {
    await register();
    answer = 500;
    await turnOn("Adventure Works Cycles");
    await deliverDueWebhookEvents("process-a");
    const dayAgo = new Date(Date.now() - retryWindowMs - 1000);
    await getDb().update(webhookRegistrations).set({ failingSince: dayAgo });
    await getDb()
      .update(webhookEvents)
      .set({ nextAttemptAt: dayAgo, retryUntil: new Date(Date.now() - 1) });
    await deliverDueWebhookEvents("process-a");
    const [event] = await events();
    expect(event).toMatchObject({ status: "failed", attempts: 2, lastStatus: 500 });
    const [registration] = await getDb().select().from(webhookRegistrations);
    expect(registration).toMatchObject({ enabled: false, disabledForFailuresAt: expect.any(Date) });
    const told = await getDb().select().from(notifications).where(eq(notifications.kind, "webhook_disabled"));
    expect(told).toMatchObject([{ params: { url }, link: "/settings/webhooks" }]);

    // Redeliver: once it is on again and the receiver answers, the failed event goes with its original id.
    answer = 200;
    const on = await updateWebhookRegistration(await actorRef(demo.contosoAdmin), {
      url,
      events: permissionEvents,
      enabled: true,
      version: registration.version,
    });
    expect(on.ok).toBe(true);
    expect((await redeliverWebhookEvent(await actorRef(demo.contosoAdmin), { webhookId: event.webhookId })).ok).toBe(
      true,
    );
    await deliverDueWebhookEvents("process-a");
    expect((await events())[0].status).toBe("delivered");
    expect(received.at(-1)?.id).toBe(event.webhookId);
  });

  it("refuses, on the attempt, a receiver whose name resolves to this machine without the local allowance", async () => {
    await register();
    await turnOn("Adventure Works Cycles");
    delete process.env.WEBHOOKS_ALLOW_LOCAL;
    await getDb()
      .update(webhookRegistrations)
      .set({ url: url.replace("http:", "https:") });
    await deliverDueWebhookEvents("process-a");
    const [event] = await events();
    expect(event).toMatchObject({ status: "pending", lastError: "refused: loopback", lastStatus: null });
    expect(received).toEqual([]);
  });

  it("signs with the old secret beside the new one for a day after a rotation", async () => {
    const { secret: old, version } = await register();
    const rotated = await rotateWebhookSecret(await actorRef(demo.contosoAdmin), { version });
    if (!rotated.ok) throw new Error(JSON.stringify(rotated));
    expect(rotated.data.secret).not.toBe(old);
    await turnOn("Adventure Works Cycles");
    await deliverDueWebhookEvents("process-a");
    const [{ body, headers }] = received;
    for (const secret of [old, rotated.data.secret]) {
      expect(new Webhook(secret).verify(body, headers as Record<string, string>)).toBeTruthy();
    }
  });

  it("sends a test event on request, at most one each half-minute", async () => {
    await register();
    const admin = await actorRef(demo.contosoAdmin);
    const first = await sendTestWebhookEvent(admin);
    expect(first.ok).toBe(true);
    const second = await sendTestWebhookEvent(admin);
    expect(second).toMatchObject({ ok: false, error: "too_many_attempts" });
    await deliverDueWebhookEvents("process-a");
    expect(JSON.parse(received[0].body)).toMatchObject({ EventName: "test-created", ResourceName: "test" });
  });

  it("lets only Admin agents register, and keeps partners apart", async () => {
    const sales = await createWebhookRegistration(await actorRef(demo.contosoSales), { url, events: permissionEvents });
    expect(sales).toMatchObject({ ok: false, error: "forbidden" });
    await register();
    await createWebhookRegistration(await actorRef(demo.fabrikamAdmin), { url, events: permissionEvents });
    await turnOn("Adventure Works Cycles");
    const rows = await getDb().select().from(webhookEvents);
    expect(rows).toHaveLength(1);
    const contosoRegistration = await getDb()
      .select()
      .from(webhookRegistrations)
      .where(and(eq(webhookRegistrations.id, rows[0].registrationId)));
    expect(contosoRegistration[0].partnerId).toBe(rows[0].partnerId);
  });

  it("refuses plain http, and http to this machine unless the local allowance is set", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    expect(
      await createWebhookRegistration(admin, { url: "http://example.com/hooks", events: permissionEvents }),
    ).toMatchObject({ ok: false, error: "invalid_input" });
    delete process.env.WEBHOOKS_ALLOW_LOCAL;
    expect(await createWebhookRegistration(admin, { url, events: permissionEvents })).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
    expect(await createWebhookRegistration(admin, { url: "https://example.com/hooks", events: [] })).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
  });
});
