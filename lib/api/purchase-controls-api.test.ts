import { describe, expect, it } from "vitest";
import { GET as getControls, PUT as putControls } from "@/app/api/v1/customers/[customerId]/purchaseControls/route";
import { GET as listApprovals } from "@/app/api/v1/purchaseApprovals/route";
import { POST as decideApproval } from "@/app/api/v1/purchaseApprovals/[approvalId]/[operation]/route";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { submitPurchaseForApproval } from "@/lib/purchase-approvals/submit-purchase";
import { actorRef, customerActorRef, customerTenantId, demo, subscriptionOf } from "@/testing/fixtures";
import { apiRequest as request, programKey } from "@/testing/api-requests";
import { versionFromIfMatch } from "./purchase-controls-api";

describe("the purchase controls API", () => {
  it("answers an ETag, and saves only with an If-Match of the version read: 428 without, 412 when stale", async () => {
    const key = await programKey();
    const customerId = await customerTenantId("Wingtip Toys");
    const params = { params: Promise.resolve({ customerId }) };
    const read = await getControls(request(key, "GET", `/customers/${customerId}/purchaseControls`), params);
    expect(read.status).toBe(200);
    expect(read.headers.get("etag")).toBe('"0"');
    expect(await read.json()).toMatchObject({
      customerId,
      followsDefaults: true,
      applied: { monthlyLimitMinor: null },
      thisMonth: { usedMinor: 0, leftMinor: null },
      attributes: { etag: '"0"' },
    });

    const body = { followsDefaults: false, monthlyLimitMinor: 2_000_000, approvalAboveMinor: 500_000 };
    const put = (headers: Record<string, string>) =>
      putControls(request(key, "PUT", `/customers/${customerId}/purchaseControls`, body, headers), params);
    const missing = await put({});
    expect(missing.status).toBe(428);
    expect(await missing.json()).toMatchObject({ error: "precondition_required" });

    const saved = await put({ "if-match": '"0"' });
    expect(saved.status).toBe(200);
    expect(saved.headers.get("etag")).toBe('"1"');
    expect(await saved.json()).toMatchObject({
      monthlyLimitMinor: 2_000_000,
      applied: { approvalAboveMinor: 500_000 },
    });

    const stale = await put({ "if-match": '"0"' });
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ error: "precondition_failed" });

    const readOnly = await programKey(demo.contosoAdmin, "read_only");
    const refused = await putControls(
      request(readOnly, "PUT", `/customers/${customerId}/purchaseControls`, body, { "if-match": '"1"' }),
      params,
    );
    expect(refused.status).toBe(403);
    const other = await getControls(request(await programKey(demo.fabrikamAdmin), "GET", "/"), params);
    expect(other.status).toBe(404);
  });

  it("reads If-Match as an ETag, strong or weak, and nothing else", () => {
    expect(versionFromIfMatch('"12"')).toBe(12);
    expect(versionFromIfMatch('W/"3"')).toBe(3);
    for (const other of ["12", "*", '"1x"', '"-1"', null]) expect(versionFromIfMatch(other)).toBeNull();
  });

  it("lists pending purchases and approves one (Idempotency-Key required) or declines one", async () => {
    const key = await programKey();
    const customerId = await customerTenantId("Wingtip Toys");
    await setCustomerPurchasePermission(await actorRef(demo.contosoAdmin), {
      customerId,
      resource: "AzureReservedInstances",
      enabled: true,
    });
    await putControls(
      request(
        key,
        "PUT",
        `/customers/${customerId}/purchaseControls`,
        {
          followsDefaults: false,
          monthlyLimitMinor: null,
          approvalAboveMinor: 100_000,
        },
        { "if-match": '"0"' },
      ),
      { params: Promise.resolve({ customerId }) },
    );
    const submit = async () => {
      const submitted = await submitPurchaseForApproval(await customerActorRef("alex@wingtiptoys.onmicrosoft.com"), {
        kind: "reservation",
        catalogItemId: "DZH318Z0BQ4P:0001",
        region: "westus2",
        term: "P1Y",
        billingPlan: "upfront",
        quantity: 2,
        billingSubscriptionId: (await subscriptionOf("Wingtip Toys", "azure_plan")).subscriptionId,
        scope: "shared",
        idempotencyKey: crypto.randomUUID(),
      });
      if (!submitted.ok) throw new Error(submitted.reason);
      return submitted.data.approvalId;
    };
    const first = await submit();
    const second = await submit();

    const listed = await listApprovals(
      request(key, "GET", `/purchaseApprovals?status=pending&customerId=${customerId}`),
      {
        params: Promise.resolve({}),
      },
    );
    expect(listed.status).toBe(200);
    const page = await listed.json();
    expect(page).toMatchObject({ totalCount: 2, attributes: { objectType: "Collection" } });
    expect(page.items[0]).toMatchObject({
      companyName: "Wingtip Toys",
      status: "pending",
      quotedTotal: { amountMinor: 110_040, currency: "USD" },
      thisMonth: { usedMinor: 0, limitMinor: null, leftAfterMinor: null },
    });

    const decide = (id: string, operation: string, body?: unknown, headers: Record<string, string> = {}) =>
      decideApproval(request(key, "POST", `/purchaseApprovals/${id}/${operation}`, body ?? {}, headers), {
        params: Promise.resolve({ approvalId: id, operation }),
      });
    expect((await decide(first, "approve")).status).toBe(400);
    const idempotencyKey = crypto.randomUUID();
    const approved = await decide(first, "approve", {}, { "idempotency-key": idempotencyKey });
    expect(approved.status).toBe(200);
    const order = await approved.json();
    expect(order).toMatchObject({ approvalId: first, kind: "reservation", total: { amountMinor: 110_040 } });
    expect(await (await decide(first, "approve", {}, { "idempotency-key": idempotencyKey })).json()).toEqual(order);

    expect((await decide(second, "decline", { reason: "" })).status).toBe(400);
    expect((await decide(second, "decline", { reason: "Not this quarter." })).status).toBe(200);
    expect((await decide(second, "decline", { reason: "Again." })).status).toBe(409);
  });
});
