import { describe, expect, it } from "vitest";
import { webhookEventOf, type EntryForWebhook } from "./webhook-events";

const tenant = "9b7d53c4-abce-5ba5-bdc3-06bf7d4e6c36";
const entry = (operationType: EntryForWebhook["operationType"], newValue: unknown, oldValue: unknown = null) => ({
  operationType,
  newValue,
  oldValue,
  customerTenantId: tenant,
});

describe("the webhook event of an activity entry", () => {
  it("names permission changes as Partner Center's resource-action events, read back through SelfServePolicy", () => {
    expect(webhookEventOf(entry("create_self_serve_policy", {}))).toEqual({
      eventName: "customer-purchase-permission-created",
      resourceName: "customer-purchase-permission",
      resourcePath: `/api/v1/SelfServePolicy?entity_id=${tenant}`,
    });
    expect(webhookEventOf(entry("delete_self_serve_policy", null, {}))?.eventName).toBe(
      "customer-purchase-permission-deleted",
    );
  });

  it("tells a reservation bought from one renewed, and points to the reservation", () => {
    const bought = webhookEventOf(entry("create_order", { id: "o1", reservationId: "r1" }));
    expect(bought).toEqual({
      eventName: "reservation-created",
      resourceName: "reservation",
      resourcePath: `/api/v1/customers/${tenant}/reservations/r1`,
    });
    expect(webhookEventOf(entry("create_order", { reservationId: "r2", renewalOf: "r1" }))?.eventName).toBe(
      "reservation-renewed",
    );
    expect(webhookEventOf(entry("create_order", { savingsPlanId: "s1" }))?.eventName).toBe("savings-plan-created");
    expect(webhookEventOf(entry("create_order", { lineItems: [] }))?.eventName).toBe("subscription-created");
  });

  it("names each change to a reservation by what it was, the resource by its id before or after", () => {
    expect(webhookEventOf(entry("refund_reservation", { id: "r1" }))?.eventName).toBe("reservation-refunded");
    expect(webhookEventOf(entry("exchange_reservation", null, { id: "r1" }))?.resourcePath).toBe(
      `/api/v1/customers/${tenant}/reservations/r1`,
    );
    expect(webhookEventOf(entry("trade_in_reservation", { id: "r1" }))?.eventName).toBe("reservation-traded-in");
    expect(webhookEventOf(entry("update_reservation", { id: "r1" }))?.eventName).toBe("reservation-updated");
  });

  it("covers customers' requests and purchase controls and approvals", () => {
    const names = (
      [
        "create_reservation_request",
        "approve_reservation_request",
        "decline_reservation_request",
        "update_customer_purchase_controls",
        "submit_purchase_for_approval",
        "approve_purchase",
        "decline_purchase",
      ] as const
    ).map((type) => webhookEventOf(entry(type, { id: "x" }))?.eventName);
    expect(names).toEqual([
      "customer-request-created",
      "customer-request-approved",
      "customer-request-declined",
      "purchase-controls-updated",
      "purchase-approval-created",
      "purchase-approval-approved",
      "purchase-approval-declined",
    ]);
  });

  it("makes no event of what receivers are not told: sign-ins, keys, partner-wide settings", () => {
    expect(webhookEventOf(entry("sign_in_lockout", {}))).toBeNull();
    expect(webhookEventOf(entry("create_api_key", {}))).toBeNull();
    expect(webhookEventOf({ ...entry("update_customer_purchase_controls", {}), customerTenantId: null })).toBeNull();
  });
});
