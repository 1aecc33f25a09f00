import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { notifications, orderLines, orders, reservationRequests, reservations, savingsPlans } from "@/db/schema";
import { actor, actorRef, customerActorRef, demo, newActivityFor, runConcurrently } from "@/db/testing/fixtures";
import { setPurchaseAlerts } from "@/lib/notifications/set-purchase-alerts";
import { refundReservation } from "@/lib/reservations/refund-reservation";
import { askPartner } from "./ask-partner";
import { approveReservationRequest, declineReservationRequest } from "./decide-request";
import { listPartnerRequests, openRequestCount } from "./list-requests";

const lynne = "lynne@fourthcoffee.onmicrosoft.com";

/** Fourth Coffee's seeded SQL reservation: 4 vCores for a year. */
function fourthCoffeeSql() {
  return getDb().select().from(reservations).where(eq(reservations.resourceGroup, "rg-coffee-data")).get()!;
}

const requestRow = (requestId: string) =>
  getDb().select().from(reservationRequests).where(eq(reservationRequests.requestId, requestId)).get();

const askToCancel = (quantity = 1, message?: string) =>
  askPartner(customerActorRef(lynne), {
    reservationId: fourthCoffeeSql().reservationId,
    kind: "cancel",
    details: { quantity },
    message,
  });

describe("reservation requests", () => {
  it("a customer user asks; the partner sees it, with the refund it would make, and a count", () => {
    const seeded = openRequestCount(actor(demo.contosoAdmin));
    const asked = askToCancel(1, "We moved this database to another region.");
    if (!asked.ok) throw new Error(asked.reason);
    expect(openRequestCount(actor(demo.contosoAdmin))).toBe(seeded + 1);
    const request = listPartnerRequests(actor(demo.contosoAdmin)).find((r) => r.requestId === asked.data.requestId);
    expect(request).toMatchObject({
      requestId: asked.data.requestId,
      status: "open",
      asked: { kind: "cancel", details: { quantity: 1 } },
      message: "We moved this database to another region.",
      companyName: "Fourth Coffee",
      outcome: { kind: "refund", quote: { quantity: 1, poolLeftMinor: 5_000_000 } },
    });
    expect(newActivityFor("Fourth Coffee").map((e) => e.operationType)).toEqual(["create_reservation_request"]);
    expect(listPartnerRequests(actor(demo.fabrikamAdmin))).toEqual([]);
    // The seed's own: Megan asks to exchange part of a Wingtip reservation, Lynne to renew hers.
    expect(listPartnerRequests(actor(demo.contosoAdmin)).map((r) => r.asked)).toContainEqual({
      kind: "renew",
      details: { autoRenew: true },
    });
  });

  it("allows one open request per reservation and kind", () => {
    expect(askToCancel()).toMatchObject({ ok: true });
    expect(askToCancel(2)).toMatchObject({
      ok: false,
      error: "conflict",
      reason: "requests.errors.alreadyAsked",
      values: { partner: "Contoso CSP", kind: "cancel", subject: "reservation" },
    });
    expect(
      askPartner(customerActorRef(lynne), {
        reservationId: fourthCoffeeSql().reservationId,
        kind: "renew",
        details: { autoRenew: true },
      }),
    ).toMatchObject({ ok: true });
  });

  it("approving runs the Manage page's own use case with closing the request, in one transaction", () => {
    const asked = askToCancel(1);
    if (!asked.ok) throw new Error(asked.reason);
    const approved = approveReservationRequest(actorRef(demo.contosoAdmin), {
      requestId: asked.data.requestId,
      idempotencyKey: crypto.randomUUID(),
    });
    expect(approved).toMatchObject({ ok: true });
    expect(fourthCoffeeSql().quantity).toBe(3);
    expect(requestRow(asked.data.requestId)).toMatchObject({ status: "approved" });
    expect(newActivityFor("Fourth Coffee").map((e) => e.operationType)).toEqual([
      "create_reservation_request",
      "refund_reservation",
      "approve_reservation_request",
    ]);
  });

  it("a request that can no longer be carried out fails on approval and stays open", () => {
    const asked = askToCancel(2);
    if (!asked.ok) throw new Error(asked.reason);
    refundReservation(actorRef(demo.contosoAdmin), {
      reservationId: fourthCoffeeSql().reservationId,
      quantity: 4,
      idempotencyKey: crypto.randomUUID(),
    });
    const approved = approveReservationRequest(actorRef(demo.contosoAdmin), {
      requestId: asked.data.requestId,
      idempotencyKey: crypto.randomUUID(),
    });
    expect(approved).toMatchObject({
      ok: false,
      error: "conflict",
      reason: "reservations.errors.nothingToGiveBack",
      values: { state: "cancelled" },
    });
    expect(requestRow(asked.data.requestId)).toMatchObject({ status: "open" });
  });

  it("a cancel request fails on approval, and stays open, once the refund limit is used up since", () => {
    const asked = askToCancel(1);
    if (!asked.ok) throw new Error(asked.reason);
    // Refunds made in the meantime (recorded as the refund orders Partner Console writes) used the whole pool.
    const reservation = fourthCoffeeSql();
    const order = getDb()
      .insert(orders)
      .values({
        orderId: crypto.randomUUID(),
        customerId: reservation.customerId,
        channel: "partner",
        placedByEmail: demo.contosoAdmin,
        currency: "USD",
        totalMinor: -1,
      })
      .returning()
      .get();
    getDb()
      .insert(orderLines)
      .values({
        orderId: order.id,
        offerId: reservation.catalogItemId,
        offerName: "refund",
        quantity: 1,
        unitPriceMinor: -1,
        reservationId: reservation.id,
        cancelledCommitmentMinor: 5_000_000,
      })
      .run();
    const approved = approveReservationRequest(actorRef(demo.contosoAdmin), {
      requestId: asked.data.requestId,
      idempotencyKey: crypto.randomUUID(),
    });
    expect(approved).toMatchObject({ ok: false, error: "conflict", reason: "reservations.errors.overRefundLimit" });
    expect(requestRow(asked.data.requestId)).toMatchObject({ status: "open" });
    expect(fourthCoffeeSql().quantity).toBe(4);
  });

  it("declining needs a reason the customer sees; Sales agents and other partners can do neither", () => {
    const asked = askToCancel(1);
    if (!asked.ok) throw new Error(asked.reason);
    const requestId = asked.data.requestId;
    expect(declineReservationRequest(actorRef(demo.contosoAdmin), { requestId, reason: " " })).toMatchObject({
      error: "invalid_input",
    });
    expect(declineReservationRequest(actorRef(demo.contosoSales), { requestId, reason: "No" })).toMatchObject({
      error: "forbidden",
    });
    expect(declineReservationRequest(actorRef(demo.fabrikamAdmin), { requestId, reason: "No" })).toMatchObject({
      error: "not_found",
    });
    expect(
      declineReservationRequest(actorRef(demo.contosoAdmin), { requestId, reason: "The database is still in use." }),
    ).toMatchObject({ ok: true });
    const row = requestRow(requestId);
    expect(row).toMatchObject({ status: "declined", declineReason: "The database is still in use." });
  });

  it("previews scope and renewal requests with the use case approval runs, changing nothing", () => {
    const asked = askPartner(customerActorRef(lynne), {
      reservationId: fourthCoffeeSql().reservationId,
      kind: "change_scope",
      details: { scope: "shared" },
    });
    if (!asked.ok) throw new Error(asked.reason);
    const entriesBefore = newActivityFor("Fourth Coffee").length;
    const preview = () =>
      listPartnerRequests(actor(demo.contosoAdmin)).find((r) => r.requestId === asked.data.requestId);
    expect(preview()?.outcome).toEqual({ kind: "change", changed: true });
    expect(fourthCoffeeSql().scope).toBe("resource_group");
    expect(newActivityFor("Fourth Coffee")).toHaveLength(entriesBefore);
    // Cancelled since: the preview says what approval would say.
    refundReservation(actorRef(demo.contosoAdmin), {
      reservationId: fourthCoffeeSql().reservationId,
      quantity: 4,
      idempotencyKey: crypto.randomUUID(),
    });
    expect(preview()?.outcome).toMatchObject({
      kind: "refused",
      reason: "reservations.errors.nothingToGiveBack",
      values: { state: "cancelled" },
    });
    // Sales agents see the request but no outcome: they cannot approve it.
    const seenBySales = listPartnerRequests(actor(demo.contosoSales)).find((r) => r.requestId === asked.data.requestId);
    expect(seenBySales?.outcome).toBeNull();
  });

  it("notifies the partner's agents of a new request when purchase alerts are on", () => {
    const alertsOn = setPurchaseAlerts(actorRef(demo.contosoAdmin), { enabled: true, version: 0 });
    expect(alertsOn.ok).toBe(true);
    const asked = askToCancel(1);
    if (!asked.ok) throw new Error(asked.reason);
    const notice = getDb().select().from(notifications).where(eq(notifications.link, "/requests")).all();
    expect(notice).toEqual([
      expect.objectContaining({
        kind: "request_opened",
        params: {
          requester: "Lynne Robbins",
          customer: "Fourth Coffee",
          requestKind: "cancel",
          subject: fourthCoffeeSql().displayName,
        },
      }),
    ]);
  });

  it("asks about a savings plan: renew or re-scope only, previewed and carried out by the savings plan's use cases", () => {
    const diego = "diego@cohovineyard.onmicrosoft.com";
    const coho = getDb()
      .select()
      .from(savingsPlans)
      .all()
      .find((p) => p.hourlyCommitmentMills === 2500)!;
    const savingsPlanId = coho.savingsPlanId;
    expect(
      askPartner(customerActorRef(diego), { savingsPlanId, kind: "cancel", details: { quantity: 1 } }),
    ).toMatchObject({
      ok: false,
      error: "invalid_input",
      fieldErrors: { kind: [{ reason: "requests.errors.savingsPlanAskRenewOrScope" }] },
    });
    expect(
      askPartner(customerActorRef(lynne), { savingsPlanId, kind: "renew", details: { autoRenew: true } }),
    ).toMatchObject({ ok: false, error: "not_found" });
    const asked = askPartner(customerActorRef(diego), { savingsPlanId, kind: "renew", details: { autoRenew: true } });
    if (!asked.ok) throw new Error(asked.reason);
    const seen = listPartnerRequests(actor(demo.contosoAdmin)).find((r) => r.requestId === asked.data.requestId);
    expect(seen).toMatchObject({
      subject: "savings_plan",
      reservationId: savingsPlanId,
      asked: { kind: "renew", details: { autoRenew: true } },
      product: { kind: "savings_plan", hourlyCommitmentMills: 2500 },
      outcome: { kind: "change", changed: true },
    });
    expect(
      approveReservationRequest(actorRef(demo.contosoAdmin), {
        requestId: asked.data.requestId,
        idempotencyKey: crypto.randomUUID(),
      }),
    ).toMatchObject({ ok: true });
    expect(getDb().select().from(savingsPlans).where(eq(savingsPlans.id, coho.id)).get()?.autoRenew).toBe(true);
    expect(newActivityFor("Coho Vineyard").map((e) => e.operationType)).toEqual([
      "create_reservation_request",
      "update_savings_plan",
      "approve_reservation_request",
    ]);
  });

  it("refuses a partner user asking, and another customer's reservation", () => {
    const reservationId = fourthCoffeeSql().reservationId;
    expect(
      askPartner(actorRef(demo.contosoAdmin), { reservationId, kind: "cancel", details: { quantity: 1 } }),
    ).toMatchObject({
      error: "forbidden",
    });
    expect(
      askPartner(customerActorRef("alex@wingtiptoys.onmicrosoft.com"), {
        reservationId,
        kind: "cancel",
        details: { quantity: 1 },
      }),
    ).toMatchObject({ error: "not_found" });
  });
});

describe("an approval's idempotency key", () => {
  const approve = (requestId: string, idempotencyKey: string) =>
    approveReservationRequest(actorRef(demo.contosoAdmin), { requestId, idempotencyKey });
  const asked = (result: ReturnType<typeof askPartner>) => {
    if (!result.ok) throw new Error(result.reason);
    return result.data.requestId;
  };
  const askToRenew = () =>
    asked(
      askPartner(customerActorRef(lynne), {
        reservationId: fourthCoffeeSql().reservationId,
        kind: "renew",
        details: { autoRenew: true },
      }),
    );
  const fourthCoffeeOrders = () =>
    getDb().select().from(orders).where(eq(orders.customerId, fourthCoffeeSql().customerId)).all();
  const operations = () => newActivityFor("Fourth Coffee").map((e) => e.operationType);

  it("belongs to the request it approved: approving another with it is refused and changes nothing", () => {
    const key = crypto.randomUUID();
    const a = asked(askToCancel(1));
    expect(approve(a, key)).toMatchObject({ ok: true });
    const b = asked(askToCancel(1));
    const ordersBefore = fourthCoffeeOrders().length;
    const entriesBefore = operations();

    expect(approve(b, key)).toMatchObject({
      ok: false,
      error: "idempotency_key_reused",
      reason: "requests.errors.approvalKeyReused",
    });
    expect(requestRow(b)).toMatchObject({ status: "open", decidedByPartnerUserId: null, approvalIdempotencyKey: null });
    expect(fourthCoffeeSql().quantity).toBe(3);
    expect(fourthCoffeeOrders()).toHaveLength(ordersBefore);
    expect(operations()).toEqual(entriesBefore);
    // A new key approves it.
    expect(approve(b, crypto.randomUUID())).toMatchObject({ ok: true });
    expect(fourthCoffeeSql().quantity).toBe(2);

    // The unique index, not the lookup, is the guarantee: no two requests approved by one person hold one key.
    const sqlite = getDb().$client;
    expect(() =>
      sqlite.prepare("update reservation_requests set approval_idempotency_key = ? where request_id = ?").run(key, b),
    ).toThrow(/UNIQUE constraint failed/);
  });

  it("belongs to renewal and scope approvals too, which make no order", () => {
    expect(fourthCoffeeSql()).toMatchObject({ autoRenew: false, scope: "resource_group" });
    const key = crypto.randomUUID();
    const renew = askToRenew();
    const first = approve(renew, key);
    expect(approve(renew, key)).toEqual(first);
    expect(first).toMatchObject({ ok: true, data: { requestId: renew, outcome: { autoRenew: true, changed: true } } });

    const scope = asked(
      askPartner(customerActorRef(lynne), {
        reservationId: fourthCoffeeSql().reservationId,
        kind: "change_scope",
        details: { scope: "shared" },
      }),
    );
    expect(approve(scope, key)).toMatchObject({ ok: false, error: "idempotency_key_reused" });
    expect(requestRow(scope)).toMatchObject({ status: "open" });
    expect(fourthCoffeeSql()).toMatchObject({ autoRenew: true, scope: "resource_group" });
    expect(operations().filter((o) => o === "approve_reservation_request")).toHaveLength(1);
  });

  it("a retry of an approval that went through answers its first outcome: one refund, one entry", () => {
    const key = crypto.randomUUID();
    const a = asked(askToCancel(1));
    const ordersBefore = fourthCoffeeOrders().length;
    const first = approve(a, key);
    expect(approve(a, key)).toEqual(first);
    expect(approve(a.toUpperCase(), key)).toEqual(first);
    expect(first).toMatchObject({
      ok: true,
      data: { requestId: a, outcome: { orderId: expect.any(String), refundMinor: expect.any(Number) } },
    });
    expect(fourthCoffeeOrders()).toHaveLength(ordersBefore + 1);
    expect(fourthCoffeeSql().quantity).toBe(3);
    expect(operations()).toEqual(["create_reservation_request", "refund_reservation", "approve_reservation_request"]);
    // Another agent's retry is not theirs to replay: the request is decided.
    expect(
      approveReservationRequest(actorRef("elise@contoso-csp.example"), { requestId: a, idempotencyKey: key }),
    ).toMatchObject({ ok: false, error: "conflict", reason: "requests.errors.alreadyDecided" });
  });

  it("is refused when the key made a Manage-page refund: the key belongs to that refund, which is never replayed", () => {
    const key = crypto.randomUUID();
    const manual = refundReservation(actorRef(demo.contosoAdmin), {
      reservationId: fourthCoffeeSql().reservationId,
      quantity: 1,
      idempotencyKey: key,
    });
    if (!manual.ok) throw new Error(manual.reason);
    const a = asked(askToCancel(1));
    expect(approve(a, key)).toMatchObject({ ok: false, error: "idempotency_key_reused" });
    expect(requestRow(a)?.status).toBe("open");
    expect(fourthCoffeeSql().quantity).toBe(3);
    expect(operations().filter((o) => o === "refund_reservation")).toHaveLength(1);

    // With a key of its own the approval goes through, as a refund of its own.
    const approved = approve(a, crypto.randomUUID());
    if (!approved.ok) throw new Error(approved.reason);
    expect(fourthCoffeeSql().quantity).toBe(2);
    expect((approved.data.outcome as { orderId: string }).orderId).not.toBe(manual.data.orderId);
  });

  it("cannot then make an order: a Manage-page refund with an approval's key is refused", () => {
    const key = crypto.randomUUID();
    const approved = approve(askToRenew(), key);
    if (!approved.ok) throw new Error(approved.reason);
    const refund = refundReservation(actorRef(demo.contosoAdmin), {
      reservationId: fourthCoffeeSql().reservationId,
      quantity: 1,
      idempotencyKey: key,
    });
    expect(refund).toMatchObject({ ok: false, error: "idempotency_key_reused" });
    expect(operations().filter((o) => o === "refund_reservation")).toHaveLength(0);
  });

  it("takes effect once when approvals with one key arrive from five processes at the same moment", async () => {
    const key = crypto.randomUUID();
    const cancel = asked(askToCancel(1));
    const renew = askToRenew();
    const requestOf = (i: number) => (i < 3 ? cancel : renew);
    const results = await runConcurrently(
      "approveReservationRequest",
      actorRef(demo.contosoAdmin),
      (i: number) => ({ requestId: requestOf(i), idempotencyKey: key }),
      5,
    );
    const approved = [cancel, renew].filter((id) => requestRow(id)?.status === "approved");
    expect(approved).toHaveLength(1);
    const [winner] = approved;
    results.forEach((result, i) => {
      if (requestOf(i) === winner) expect(result).toMatchObject({ ok: true, data: { requestId: winner } });
      else expect(result).toMatchObject({ ok: false, error: "idempotency_key_reused" });
    });
    const answers = results.filter((r) => r.ok).map((r) => JSON.stringify(r));
    expect(new Set(answers).size).toBe(1);
    expect(fourthCoffeeSql()).toMatchObject(
      winner === cancel ? { quantity: 3, autoRenew: false } : { quantity: 4, autoRenew: true },
    );
    expect(operations().filter((o) => o === "approve_reservation_request")).toHaveLength(1);
  }, 30_000);
});
