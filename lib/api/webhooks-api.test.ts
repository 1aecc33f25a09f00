import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getAuditRecord } from "@/app/api/v1/auditrecords/[id]/route";
import { GET as listAuditRecords } from "@/app/api/v1/auditrecords/route";
import { POST as redeliver } from "@/app/api/v1/webhooks/registration/deliveries/[webhookId]/redeliver/route";
import { GET as listDeliveries } from "@/app/api/v1/webhooks/registration/deliveries/route";
import { GET as listEvents } from "@/app/api/v1/webhooks/registration/events/route";
import {
  DELETE as deleteRegistration,
  GET as getRegistration,
  POST as createRegistration,
  PUT as putRegistration,
} from "@/app/api/v1/webhooks/registration/route";
import { POST as rotateSecret } from "@/app/api/v1/webhooks/registration/secret/route";
import { GET as getValidationEvent } from "@/app/api/v1/webhooks/registration/validationEvents/[correlationId]/route";
import { POST as sendValidationEvent } from "@/app/api/v1/webhooks/registration/validationEvents/route";
import type { UserRef } from "@/lib/access/actor";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { testSlotMs } from "@/lib/webhooks/send-test-webhook-event";
import { subscribableEvents } from "@/lib/webhooks/webhook-registration";
import { actorRef, customerTenantId, demo } from "@/testing/fixtures";
import { apiRequest, programKey } from "@/testing/api-requests";
import { auditRecordResource } from "./resources";
import {
  webhookDeliveriesPage,
  webhookDeliveryResource,
  webhookRegistrationResource,
  webhookRegistrationWithSecretResource,
} from "./webhooks-api";

// API keys are made by Admin agents only: a Sales agent calls the API from the dashboard, with its session.
const session = vi.hoisted(() => ({ ref: null as UserRef | null }));
vi.mock("@/lib/auth/current-actor", async () => {
  const { getDb } = await import("@/db/client");
  const { loadActor } = await import("@/lib/access/actor");
  return {
    getActorRef: async () => session.ref,
    getActor: async () => (session.ref ? loadActor(getDb(), session.ref) : null),
  };
});

/** The signed-in Sales agent's "key": no Authorization header, its session instead. */
const salesSession = "session:sales";

function request(key: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return apiRequest(key === salesSession ? null : key, method, path, body, headers);
}

const noParams = { params: Promise.resolve({}) };
const registrationPath = "/webhooks/registration";

/** A receiver on this machine that answers 200 and counts what it got. */
let receiver: Server;
let received: string[];
let url: string;

beforeEach(async () => {
  session.ref = null;
  process.env.WEBHOOKS_ALLOW_LOCAL = "1";
  received = [];
  receiver = createServer((incoming, response) => {
    received.push(String(incoming.headers["webhook-id"]));
    incoming.resume();
    incoming.on("end", () => response.end("ok"));
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  url = `http://localhost:${(receiver.address() as AddressInfo).port}/hooks`;
});

afterEach(async () => {
  delete process.env.WEBHOOKS_ALLOW_LOCAL;
  await new Promise((resolve) => receiver.close(resolve));
});

async function register(key: string, webhookEvents: string[] = ["customer-purchase-permission-created"]) {
  const created = await createRegistration(
    request(key, "POST", registrationPath, { webhookUrl: url, webhookEvents }),
    noParams,
  );
  expect(created.status).toBe(201);
  return created;
}

describe("the webhook registration API", () => {
  it("answers the signing secret once, at creation: GET never shows it", async () => {
    const key = await programKey();
    expect((await getRegistration(request(key, "GET", registrationPath), noParams)).status).toBe(404);

    const created = await register(key, ["reservation-created", "customer-purchase-permission-created"]);
    expect(created.headers.get("etag")).toBe('"0"');
    const registration = webhookRegistrationWithSecretResource.parse(await created.json());
    expect(registration).toMatchObject({
      webhookUrl: url,
      // In the catalogue's order, whatever order they were asked for in.
      webhookEvents: ["customer-purchase-permission-created", "reservation-created"],
      enabled: true,
      attributes: { objectType: "WebhookRegistration", etag: '"0"' },
    });
    expect(registration.signingSecret.length).toBeGreaterThan(20);

    const read = await getRegistration(request(key, "GET", registrationPath), noParams);
    expect(read.status).toBe(200);
    expect(read.headers.get("etag")).toBe('"0"');
    const text = await read.text();
    expect(text).not.toContain(registration.signingSecret);
    expect(JSON.parse(text)).not.toHaveProperty("signingSecret");
    webhookRegistrationResource.parse(JSON.parse(text));

    const again = await createRegistration(
      request(key, "POST", registrationPath, { webhookUrl: url, webhookEvents: ["reservation-created"] }),
      noParams,
    );
    expect(again.status).toBe(409);

    const events = await (await listEvents(request(key, "GET", `${registrationPath}/events`), noParams)).json();
    expect(events.items).toEqual([...subscribableEvents]);
    expect(events.items).not.toContain("test-created");
  });

  it("changes only with an If-Match of the version read: 428 without, 412 when stale; rotates and deletes alike", async () => {
    const key = await programKey();
    const { signingSecret } = await (await register(key)).json();
    const body = { webhookUrl: url, webhookEvents: ["reservation-created"], enabled: false };
    const put = (headers: Record<string, string>) =>
      putRegistration(request(key, "PUT", registrationPath, body, headers), noParams);

    const missing = await put({});
    expect(missing.status).toBe(428);
    expect(await missing.json()).toMatchObject({ error: "precondition_required" });

    const saved = await put({ "if-match": '"0"' });
    expect(saved.status).toBe(200);
    expect(saved.headers.get("etag")).toBe('"1"');
    expect(await saved.json()).toMatchObject({ webhookEvents: ["reservation-created"], enabled: false });

    const stale = await put({ "if-match": '"0"' });
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ error: "precondition_failed" });

    const invalid = await putRegistration(
      request(key, "PUT", registrationPath, { ...body, webhookEvents: [] }, { "if-match": '"1"' }),
      noParams,
    );
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: "invalid_input", fieldErrors: { webhookEvents: [{}] } });

    const rotate = (headers: Record<string, string>) =>
      rotateSecret(request(key, "POST", `${registrationPath}/secret`, undefined, headers), noParams);
    expect((await rotate({})).status).toBe(428);
    expect((await rotate({ "if-match": '"0"' })).status).toBe(412);
    const rotated = await rotate({ "if-match": '"1"' });
    expect(rotated.status).toBe(200);
    expect(rotated.headers.get("etag")).toBe('"2"');
    const withSecret = webhookRegistrationWithSecretResource.parse(await rotated.json());
    expect(withSecret.signingSecret).not.toBe(signingSecret);
    expect(withSecret.previousSecretValidUntil).not.toBeNull();

    const remove = (headers: Record<string, string>) =>
      deleteRegistration(request(key, "DELETE", registrationPath, undefined, headers), noParams);
    expect((await remove({})).status).toBe(428);
    expect((await remove({ "if-match": '"1"' })).status).toBe(412);
    expect((await remove({ "if-match": '"2"' })).status).toBe(204);
    expect((await getRegistration(request(key, "GET", registrationPath), noParams)).status).toBe(404);
  });

  it("refuses a Sales agent everything, and an Admin agent's read-only key any change", async () => {
    const admin = await programKey();
    await register(admin);
    session.ref = await actorRef(demo.contosoSales);
    const sales = salesSession;
    for (const refused of [
      await getRegistration(request(sales, "GET", registrationPath), noParams),
      await listEvents(request(sales, "GET", `${registrationPath}/events`), noParams),
      await listDeliveries(request(sales, "GET", `${registrationPath}/deliveries`), noParams),
      await sendValidationEvent(request(sales, "POST", `${registrationPath}/validationEvents`), noParams),
    ]) {
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ error: "forbidden" });
    }

    const readOnly = await programKey(demo.contosoAdmin, "read_only");
    expect((await getRegistration(request(readOnly, "GET", registrationPath), noParams)).status).toBe(200);
    const body = { webhookUrl: url, webhookEvents: ["reservation-created"], enabled: true };
    for (const refused of [
      await putRegistration(request(readOnly, "PUT", registrationPath, body, { "if-match": '"0"' }), noParams),
      await rotateSecret(
        request(readOnly, "POST", `${registrationPath}/secret`, undefined, { "if-match": '"0"' }),
        noParams,
      ),
      await sendValidationEvent(request(readOnly, "POST", `${registrationPath}/validationEvents`), noParams),
    ]) {
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ error: "forbidden" });
    }
  });

  it("sends a validation event at once and reads its delivery back; a second within 30 s is refused with 429", async () => {
    const key = await programKey();
    await register(key);
    // Both requests fall in one half-minute slot: not started in the last seconds of one.
    const intoSlot = Date.now() % testSlotMs;
    if (intoSlot > testSlotMs - 3000) await new Promise((resolve) => setTimeout(resolve, testSlotMs - intoSlot + 50));

    const send = () => sendValidationEvent(request(key, "POST", `${registrationPath}/validationEvents`), noParams);
    const sent = await send();
    expect(sent.status).toBe(200);
    const { correlationId } = await sent.json();
    expect(correlationId).toMatch(/^msg_[0-9a-f]{32}$/);

    const throttled = await send();
    expect(throttled.status).toBe(429);
    expect(await throttled.json()).toMatchObject({ error: "too_many_attempts" });
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(throttled.headers.get("retry-after"))).toBeLessThanOrEqual(30);

    // Woken by the request, the delivery worker posts it now, not at its next tick.
    const read = () =>
      getValidationEvent(request(key, "GET", `${registrationPath}/validationEvents/${correlationId}`), {
        params: Promise.resolve({ correlationId }),
      });
    let delivery = webhookDeliveryResource.parse(await (await read()).json());
    for (const deadline = Date.now() + 10_000; delivery.status === "pending" && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      delivery = webhookDeliveryResource.parse(await (await read()).json());
    }
    expect(delivery).toMatchObject({ webhookId: correlationId, eventName: "test-created", status: "delivered" });
    expect(delivery.attempts).toMatchObject([{ statusCode: 200, error: null }]);
    expect(delivery.payload.ResourceUri).toMatch(
      new RegExp(`/api/v1/webhooks/registration/validationEvents/${correlationId}$`),
    );
    expect(received).toEqual([correlationId]);
    const delivered = await redeliver(
      request(key, "POST", `${registrationPath}/deliveries/${correlationId}/redeliver`),
      { params: Promise.resolve({ webhookId: correlationId }) },
    );
    expect(delivered.status).toBe(409);

    const log = webhookDeliveriesPage.parse(
      await (await listDeliveries(request(key, "GET", `${registrationPath}/deliveries?page=1`), noParams)).json(),
    );
    expect(log).toMatchObject({ page: 1, pageCount: 1 });
    expect(log.items.map((item) => item.webhookId)).toEqual([correlationId]);

    const fabrikam = await programKey(demo.fabrikamAdmin);
    const other = await getValidationEvent(
      request(fabrikam, "GET", `${registrationPath}/validationEvents/${correlationId}`),
      { params: Promise.resolve({ correlationId }) },
    );
    expect(other.status).toBe(404);
  });

  it("reads an event's AuditUri: the partner's own audit record, and 404 for another partner's", async () => {
    const key = await programKey();
    await register(key);
    const customerId = await customerTenantId("Wingtip Toys");
    const turnedOn = await setCustomerPurchasePermission(await actorRef(demo.contosoAdmin), {
      customerId,
      resource: "AzureReservedInstances",
      enabled: true,
    });
    expect(turnedOn.ok).toBe(true);

    const log = webhookDeliveriesPage.parse(
      await (await listDeliveries(request(key, "GET", `${registrationPath}/deliveries`), noParams)).json(),
    );
    const event = log.items.find((item) => item.eventName === "customer-purchase-permission-created")!;
    const id = event.payload.AuditUri!.match(/\/api\/v1\/auditrecords\/(\d+)$/)![1];

    const read = (apiKey: string, recordId: string) =>
      getAuditRecord(request(apiKey, "GET", `/auditrecords/${recordId}`), {
        params: Promise.resolve({ id: recordId }),
      });
    const own = await read(key, id);
    expect(own.status).toBe(200);
    const record = auditRecordResource.parse(await own.json());
    expect(record).toMatchObject({ id, customerId, operationType: "create_self_serve_policy" });
    // The same record as the list shows it.
    const list = await (await listAuditRecords(request(key, "GET", "/auditrecords"), noParams)).json();
    expect(list.items.find((item: { id: string }) => item.id === id)).toEqual(record);

    const fabrikam = await programKey(demo.fabrikamAdmin);
    const other = await read(fabrikam, id);
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: "not_found", message: "No such audit record." });
    for (const notAnId of ["0", "abc", "1e3", "99999999999999"]) expect((await read(key, notAnId)).status).toBe(404);
    session.ref = await actorRef(demo.contosoSales);
    expect((await read(salesSession, id)).status).toBe(403);
  });
});
