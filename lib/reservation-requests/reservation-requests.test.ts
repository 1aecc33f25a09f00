import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { notifications, orderLines, orders, reservationRequests, reservations, savingsPlans } from "@/db/schema";
import { actor, actorRef, customerActorRef, demo, newActivityFor, runConcurrently } from "@/testing/fixtures";
import { setPurchaseAlerts } from "@/lib/notifications/set-purchase-alerts";
import { refundReservation } from "@/lib/reservations/refund-reservation";
import { askPartner } from "./ask-partner";
import { approveReservationRequest, declineReservationRequest } from "./decide-request";
import { listPartnerRequests, openRequestCount } from "./list-requests";

const lynne = "lynne@fourthcoffee.onmicrosoft.com";

/** Fourth Coffee's seeded SQL reservation: 4 vCores for a year. */
async function fourthCoffeeSql() {
  const [reservation] = await getDb()
    .select()
    .from(reservations)
    .where(eq(reservations.resourceGroup, "rg-coffee-data"))
    .limit(1);
  return reservation;
}

async function requestRow(requestId: string) {
  const [row] = await getDb()
    .select()
    .from(reservationRequests)
    .where(eq(reservationRequests.requestId, requestId))
    .limit(1);
  return row;
}

const askToCancel = async (quantity = 1, message?: string) =>
  askPartner(await customerActorRef(lynne), {
    reservationId: (await fourthCoffeeSql()).reservationId,
    kind: "cancel",
    details: { quantity },
    message,
  });

describe("reservation requests", () => {
  it("a customer user asks; the partner sees it, with the refund it would make, and a count", async () => {
    const seeded = await openRequestCount(await actor(demo.contosoAdmin));
    const asked = await askToCancel(1, "We moved this database to another region.");
    if (!asked.ok) throw new Error(asked.reason);
    expect(await openRequestCount(await actor(demo.contosoAdmin))).toBe(seeded + 1);
    const request = (await listPartnerRequests(await actor(demo.contosoAdmin))).find(
      (r) => r.requestId === asked.data.requestId,
    );
    expect(request).toMatchObject({
      requestId: asked.data.requestId,
      status: "open",
      asked: { kind: "cancel", details: { quantity: 1 } },
      message: "We moved this database to another region.",
      companyName: "Fourth Coffee",
      outcome: { kind: "refund", quote: { quantity: 1, poolLeftMinor: 5_000_000 } },
    });
    expect((await newActivityFor("Fourth Coffee")).map((e) => e.operationType)).toEqual(["create_reservation_request"]);
    expect(await listPartnerRequests(await actor(demo.fabrikamAdmin))).toEqual([]);
    // The seed's own: Megan asks to exchange part of a Wingtip reservation, Lynne to renew hers.
    expect((await listPartnerRequests(await actor(demo.contosoAdmin))).map((r) => r.asked)).toContainEqual({
      kind: "renew",
      details: { autoRenew: true },
    });
  });

  it("allows one open request per reservation and kind", async () => {
    expect(await askToCancel()).toMatchObject({ ok: true });
    expect(await askToCancel(2)).toMatchObject({
      ok: false,
      error: "conflict",
      reason: "requests.errors.alreadyAsked",
      values: { partner: "Contoso CSP", kind: "cancel", subject: "reservation" },
    });
    expect(
      await askPartner(await customerActorRef(lynne), {
        reservationId: (await fourthCoffeeSql()).reservationId,
        kind: "renew",
        details: { autoRenew: true },
      }),
    ).toMatchObject({ ok: true });
  });

  it("approving runs the Manage page's own use case with closing the request, in one transaction", async () => {
    const asked = await askToCancel(1);
    if (!asked.ok) throw new Error(asked.reason);
    const approved = await approveReservationRequest(await actorRef(demo.contosoAdmin), {
      requestId: asked.data.requestId,
      idempotencyKey: crypto.randomUUID(),
    });
    expect(approved).toMatchObject({ ok: true });
    expect((await fourthCoffeeSql()).quantity).toBe(3);
    expect(await requestRow(asked.data.requestId)).toMatchObject({ status: "approved" });
    expect((await newActivityFor("Fourth Coffee")).map((e) => e.operationType)).toEqual([
      "create_reservation_request",
      "refund_reservation",
      "approve_reservation_request",
    ]);
  });

  it("a request that can no longer be carried out fails on approval and stays open", async () => {
    const asked = await askToCancel(2);
    if (!asked.ok) throw new Error(asked.reason);
    await refundReservation(await actorRef(demo.contosoAdmin), {
      reservationId: (await fourthCoffeeSql()).reservationId,
      quantity: 4,
      idempotencyKey: crypto.randomUUID(),
    });
    const approved = await approveReservationRequest(await actorRef(demo.contosoAdmin), {
      requestId: asked.data.requestId,
      idempotencyKey: crypto.randomUUID(),
    });
    expect(approved).toMatchObject({
      ok: false,
      error: "conflict",
      reason: "reservations.errors.nothingToGiveBack",
      values: { state: "cancelled" },
    });
    expect(await requestRow(asked.data.requestId)).toMatchObject({ status: "open" });
  });

  it("a cancel request fails on approval, and stays open, once the refund limit is used up since", async () => {
    const asked = await askToCancel(1);
    if (!asked.ok) throw new Error(asked.reason);
    // Refunds made in the meantime (recorded as the refund orders Partner Console writes) used the whole pool.
    const reservation = await fourthCoffeeSql();
    const [order] = await getDb()
      .insert(orders)
      .values({
        orderId: crypto.randomUUID(),
        customerId: reservation.customerId,
        channel: "partner",
        placedByEmail: demo.contosoAdmin,
        currency: "USD",
        totalMinor: -1,
      })
      .returning();
    await getDb().insert(orderLines).values({
      orderId: order.id,
      offerId: reservation.catalogItemId,
      offerName: "refund",
      quantity: 1,
      unitPriceMinor: -1,
      reservationId: reservation.id,
      cancelledCommitmentMinor: 5_000_000,
    });
    const approved = await approveReservationRequest(await actorRef(demo.contosoAdmin), {
      requestId: asked.data.requestId,
      idempotencyKey: crypto.randomUUID(),
    });
    expect(approved).toMatchObject({ ok: false, error: "conflict", reason: "reservations.errors.overRefundLimit" });
    expect(await requestRow(asked.data.requestId)).toMatchObject({ status: "open" });
    expect((await fourthCoffeeSql()).quantity).toBe(4);
  });

  it("declining needs a reason the customer sees; Sales agents and other partners can do neither", async () => {
    const asked = await askToCancel(1);
    if (!asked.ok) throw new Error(asked.reason);
    const requestId = asked.data.requestId;
    expect(
      await declineReservationRequest(await actorRef(demo.contosoAdmin), { requestId, reason: " " }),
    ).toMatchObject({
      error: "invalid_input",
    });
    expect(
      await declineReservationRequest(await actorRef(demo.contosoSales), { requestId, reason: "No" }),
    ).toMatchObject({
      error: "forbidden",
    });
    expect(
      await declineReservationRequest(await actorRef(demo.fabrikamAdmin), { requestId, reason: "No" }),
    ).toMatchObject({
      error: "not_found",
    });
    expect(
      await declineReservationRequest(await actorRef(demo.contosoAdmin), {
        requestId,
        reason: "The database is still in use.",
      }),
    ).toMatchObject({ ok: true });
    const row = await requestRow(requestId);
    expect(row).toMatchObject({ status: "declined", declineReason: "The database is still in use." });
  });

  it("previews scope and renewal requests with the use case approval runs, changing nothing", async () => {
    const asked = await askPartner(await customerActorRef(lynne), {
      reservationId: (await fourthCoffeeSql()).reservationId,
      kind: "change_scope",
      details: { scope: "shared" },
    });
    if (!asked.ok) throw new Error(asked.reason);
    const entriesBefore = (await newActivityFor("Fourth Coffee")).length;
    const preview = async () =>
      (await listPartnerRequests(await actor(demo.contosoAdmin))).find((r) => r.requestId === asked.data.requestId);
    expect((await preview())?.outcome).toEqual({ kind: "change", changed: true });
    expect((await fourthCoffeeSql()).scope).toBe("resource_group");
    expect(await newActivityFor("Fourth Coffee")).toHaveLength(entriesBefore);
    // Cancelled since: the preview says what approval would say.
    await refundReservation(await actorRef(demo.contosoAdmin), {
      reservationId: (await fourthCoffeeSql()).reservationId,
      quantity: 4,
      idempotencyKey: crypto.randomUUID(),
    });
    expect((await preview())?.outcome).toMatchObject({
      kind: "refused",
      reason: "reservations.errors.nothingToGiveBack",
      values: { state: "cancelled" },
    });
    // Sales agents see the request but no outcome: they cannot approve it.
    const seenBySales = (await listPartnerRequests(await actor(demo.contosoSales))).find(
      (r) => r.requestId === asked.data.requestId,
    );
    expect(seenBySales?.outcome).toBeNull();
  });

  it("notifies the partner's agents of a new request when purchase alerts are on", async () => {
    const alertsOn = await setPurchaseAlerts(await actorRef(demo.contosoAdmin), { enabled: true, version: 0 });
    expect(alertsOn.ok).toBe(true);
    const asked = await askToCancel(1);
    if (!asked.ok) throw new Error(asked.reason);
    const notice = await getDb().select().from(notifications).where(eq(notifications.link, "/requests"));
    expect(notice).toEqual([
      expect.objectContaining({
        kind: "request_opened",
        params: {
          requester: "Lynne Robbins",
          customer: "Fourth Coffee",
          requestKind: "cancel",
          subject: (await fourthCoffeeSql()).displayName,
        },
      }),
    ]);
  });

  it("asks about a savings plan: renew or re-scope only, previewed and carried out by the savings plan's use cases", async () => {
    const diego = "diego@cohovineyard.onmicrosoft.com";
    const coho = (await getDb().select().from(savingsPlans)).find((p) => p.hourlyCommitmentMills === 2500)!;
    const savingsPlanId = coho.savingsPlanId;
    expect(
      await askPartner(await customerActorRef(diego), { savingsPlanId, kind: "cancel", details: { quantity: 1 } }),
    ).toMatchObject({
      ok: false,
      error: "invalid_input",
      fieldErrors: { kind: [{ reason: "requests.errors.savingsPlanAskRenewOrScope" }] },
    });
    expect(
      await askPartner(await customerActorRef(lynne), { savingsPlanId, kind: "renew", details: { autoRenew: true } }),
    ).toMatchObject({ ok: false, error: "not_found" });
    const asked = await askPartner(await customerActorRef(diego), {
      savingsPlanId,
      kind: "renew",
      details: { autoRenew: true },
    });
    if (!asked.ok) throw new Error(asked.reason);
    const seen = (await listPartnerRequests(await actor(demo.contosoAdmin))).find(
      (r) => r.requestId === asked.data.requestId,
    );
    expect(seen).toMatchObject({
      subject: "savings_plan",
      reservationId: savingsPlanId,
      asked: { kind: "renew", details: { autoRenew: true } },
      product: { kind: "savings_plan", hourlyCommitmentMills: 2500 },
      outcome: { kind: "change", changed: true },
    });
    expect(
      await approveReservationRequest(await actorRef(demo.contosoAdmin), {
        requestId: asked.data.requestId,
        idempotencyKey: crypto.randomUUID(),
      }),
    ).toMatchObject({ ok: true });
    const [renewed] = await getDb().select().from(savingsPlans).where(eq(savingsPlans.id, coho.id)).limit(1);
    expect(renewed?.autoRenew).toBe(true);
    expect((await newActivityFor("Coho Vineyard")).map((e) => e.operationType)).toEqual([
      "create_reservation_request",
      "update_savings_plan",
      "approve_reservation_request",
    ]);
  });

  it("refuses a partner user asking, and another customer's reservation", async () => {
    const reservationId = (await fourthCoffeeSql()).reservationId;
    expect(
      await askPartner(await actorRef(demo.contosoAdmin), { reservationId, kind: "cancel", details: { quantity: 1 } }),
    ).toMatchObject({
      error: "forbidden",
    });
    expect(
      await askPartner(await customerActorRef("alex@wingtiptoys.onmicrosoft.com"), {
        reservationId,
        kind: "cancel",
        details: { quantity: 1 },
      }),
    ).toMatchObject({ error: "not_found" });
  });
});

describe("an approval's idempotency key", () => {
  const approve = async (requestId: string, idempotencyKey: string) =>
    approveReservationRequest(await actorRef(demo.contosoAdmin), { requestId, idempotencyKey });
  const asked = async (result: ReturnType<typeof askPartner>) => {
    const answer = await result;
    if (!answer.ok) throw new Error(answer.reason);
    return answer.data.requestId;
  };
  const askToRenew = async () =>
    asked(
      askPartner(await customerActorRef(lynne), {
        reservationId: (await fourthCoffeeSql()).reservationId,
        kind: "renew",
        details: { autoRenew: true },
      }),
    );
  const fourthCoffeeOrders = async () =>
    getDb()
      .select()
      .from(orders)
      .where(eq(orders.customerId, (await fourthCoffeeSql()).customerId));
  const operations = async () => (await newActivityFor("Fourth Coffee")).map((e) => e.operationType);

  it("belongs to the request it approved: approving another with it is refused and changes nothing", async () => {
    const key = crypto.randomUUID();
    const a = await asked(askToCancel(1));
    expect(await approve(a, key)).toMatchObject({ ok: true });
    const b = await asked(askToCancel(1));
    const ordersBefore = (await fourthCoffeeOrders()).length;
    const entriesBefore = await operations();

    expect(await approve(b, key)).toMatchObject({
      ok: false,
      error: "idempotency_key_reused",
      reason: "requests.errors.approvalKeyReused",
    });
    expect(await requestRow(b)).toMatchObject({
      status: "open",
      decidedByPartnerUserId: null,
      approvalIdempotencyKey: null,
    });
    expect((await fourthCoffeeSql()).quantity).toBe(3);
    expect(await fourthCoffeeOrders()).toHaveLength(ordersBefore);
    expect(await operations()).toEqual(entriesBefore);
    // A new key approves it.
    expect(await approve(b, crypto.randomUUID())).toMatchObject({ ok: true });
    expect((await fourthCoffeeSql()).quantity).toBe(2);

    // The unique index, not the lookup, is the guarantee: no two requests approved by one person hold one key.
    await expect(
      getDb()
        .update(reservationRequests)
        .set({ approvalIdempotencyKey: key })
        .where(eq(reservationRequests.requestId, b)),
    ).rejects.toSatisfy((error) =>
      isUniqueViolation(error, reservationRequests, "reservation_requests_approval_key_idx"),
    );
  });

  it("belongs to renewal and scope approvals too, which make no order", async () => {
    expect(await fourthCoffeeSql()).toMatchObject({ autoRenew: false, scope: "resource_group" });
    const key = crypto.randomUUID();
    const renew = await askToRenew();
    const first = await approve(renew, key);
    expect(await approve(renew, key)).toEqual(first);
    expect(first).toMatchObject({ ok: true, data: { requestId: renew, outcome: { autoRenew: true, changed: true } } });

    const scope = await asked(
      askPartner(await customerActorRef(lynne), {
        reservationId: (await fourthCoffeeSql()).reservationId,
        kind: "change_scope",
        details: { scope: "shared" },
      }),
    );
    expect(await approve(scope, key)).toMatchObject({ ok: false, error: "idempotency_key_reused" });
    expect(await requestRow(scope)).toMatchObject({ status: "open" });
    expect(await fourthCoffeeSql()).toMatchObject({ autoRenew: true, scope: "resource_group" });
    expect((await operations()).filter((o) => o === "approve_reservation_request")).toHaveLength(1);
  });

  it("a retry of an approval that went through answers its first outcome: one refund, one entry", async () => {
    const key = crypto.randomUUID();
    const a = await asked(askToCancel(1));
    const ordersBefore = (await fourthCoffeeOrders()).length;
    const first = await approve(a, key);
    expect(await approve(a, key)).toEqual(first);
    expect(await approve(a.toUpperCase(), key)).toEqual(first);
    expect(first).toMatchObject({
      ok: true,
      data: { requestId: a, outcome: { orderId: expect.any(String), refundMinor: expect.any(Number) } },
    });
    expect(await fourthCoffeeOrders()).toHaveLength(ordersBefore + 1);
    expect((await fourthCoffeeSql()).quantity).toBe(3);
    expect(await operations()).toEqual([
      "create_reservation_request",
      "refund_reservation",
      "approve_reservation_request",
    ]);
    // Another agent's retry is not theirs to replay: the request is decided.
    expect(
      await approveReservationRequest(await actorRef("elise@contoso-csp.example"), {
        requestId: a,
        idempotencyKey: key,
      }),
    ).toMatchObject({ ok: false, error: "conflict", reason: "requests.errors.alreadyDecided" });
  });

  it("is refused when the key made a Manage-page refund: the key belongs to that refund, which is never replayed", async () => {
    const key = crypto.randomUUID();
    const manual = await refundReservation(await actorRef(demo.contosoAdmin), {
      reservationId: (await fourthCoffeeSql()).reservationId,
      quantity: 1,
      idempotencyKey: key,
    });
    if (!manual.ok) throw new Error(manual.reason);
    const a = await asked(askToCancel(1));
    expect(await approve(a, key)).toMatchObject({ ok: false, error: "idempotency_key_reused" });
    expect((await requestRow(a))?.status).toBe("open");
    expect((await fourthCoffeeSql()).quantity).toBe(3);
    expect((await operations()).filter((o) => o === "refund_reservation")).toHaveLength(1);

    // With a key of its own the approval goes through, as a refund of its own.
    const approved = await approve(a, crypto.randomUUID());
    if (!approved.ok) throw new Error(approved.reason);
    expect((await fourthCoffeeSql()).quantity).toBe(2);
    expect((approved.data.outcome as { orderId: string }).orderId).not.toBe(manual.data.orderId);
  });

  it("cannot then make an order: a Manage-page refund with an approval's key is refused", async () => {
    const key = crypto.randomUUID();
    const approved = await approve(await askToRenew(), key);
    if (!approved.ok) throw new Error(approved.reason);
    const refund = await refundReservation(await actorRef(demo.contosoAdmin), {
      reservationId: (await fourthCoffeeSql()).reservationId,
      quantity: 1,
      idempotencyKey: key,
    });
    expect(refund).toMatchObject({ ok: false, error: "idempotency_key_reused" });
    expect((await operations()).filter((o) => o === "refund_reservation")).toHaveLength(0);
  });

  it("takes effect once when approvals with one key arrive from five processes at the same moment", async () => {
    const key = crypto.randomUUID();
    const cancel = await asked(askToCancel(1));
    const renew = await askToRenew();
    const requestOf = (i: number) => (i < 3 ? cancel : renew);
    const results = await runConcurrently(
      "approveReservationRequest",
      await actorRef(demo.contosoAdmin),
      (i: number) => ({ requestId: requestOf(i), idempotencyKey: key }),
      5,
    );
    const approved: string[] = [];
    for (const id of [cancel, renew]) if ((await requestRow(id))?.status === "approved") approved.push(id);
    expect(approved).toHaveLength(1);
    const [winner] = approved;
    results.forEach((result, i) => {
      if (requestOf(i) === winner) expect(result).toMatchObject({ ok: true, data: { requestId: winner } });
      else expect(result).toMatchObject({ ok: false, error: "idempotency_key_reused" });
    });
    const answers = results.filter((r) => r.ok).map((r) => JSON.stringify(r));
    expect(new Set(answers).size).toBe(1);
    expect(await fourthCoffeeSql()).toMatchObject(
      winner === cancel ? { quantity: 3, autoRenew: false } : { quantity: 4, autoRenew: true },
    );
    expect((await operations()).filter((o) => o === "approve_reservation_request")).toHaveLength(1);
  }, 30_000);
});
