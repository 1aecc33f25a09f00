import { describe, expect, it } from "vitest";
import {
  purchasePermissionBlockers,
  purchasePermissionChecklist,
  qualifiesForReservationPurchases,
  type SubscriptionFacts,
} from "./prerequisites";

const subscription = (overrides: Partial<SubscriptionFacts>): SubscriptionFacts => ({
  subscriptionId: "sub-1",
  friendlyName: "Azure plan",
  offerType: "azure_plan",
  status: "active",
  ...overrides,
});

describe("qualifiesForReservationPurchases", () => {
  it.each([
    ["an active Azure plan", subscription({}), true],
    ["an active Azure Global subscription", subscription({ offerType: "azure_global" }), true],
    ["a license-based subscription", subscription({ offerType: "license_based" }), false],
    ["a suspended Azure plan", subscription({ status: "suspended" }), false],
    ["a deleted Azure plan", subscription({ status: "deleted" }), false],
    ["a pending Azure Global subscription", subscription({ offerType: "azure_global", status: "pending" }), false],
  ])("%s → %s", (_name, facts, expected) => {
    expect(qualifiesForReservationPurchases(facts)).toBe(expected);
  });
});

describe("purchasePermissionChecklist", () => {
  it("is met when an active Azure subscription has an active Owner", () => {
    const checklist = purchasePermissionChecklist(
      [subscription({})],
      [{ subscriptionId: "sub-1", role: "Owner", customerUserActive: true }],
    );
    expect(checklist).toEqual({
      azureSubscription: { met: true, qualifying: [{ subscriptionId: "sub-1", friendlyName: "Azure plan" }] },
      ownerRole: { met: true },
    });
    expect(purchasePermissionBlockers(checklist)).toEqual([]);
  });

  it("warns but does not block when nobody is Owner", () => {
    const checklist = purchasePermissionChecklist(
      [subscription({})],
      [{ subscriptionId: "sub-1", role: "Contributor", customerUserActive: true }],
    );
    expect(checklist.ownerRole.met).toBe(false);
    expect(purchasePermissionBlockers(checklist)).toEqual([]);
  });

  it("does not count an Owner who is deactivated or on a subscription that does not qualify", () => {
    const checklist = purchasePermissionChecklist(
      [subscription({}), subscription({ subscriptionId: "sub-2", status: "suspended" })],
      [
        { subscriptionId: "sub-1", role: "Owner", customerUserActive: false },
        { subscriptionId: "sub-2", role: "Owner", customerUserActive: true },
      ],
    );
    expect(checklist.ownerRole.met).toBe(false);
  });

  it("blocks with a plain reason when no Azure subscription qualifies", () => {
    const checklist = purchasePermissionChecklist([subscription({ offerType: "license_based" })], []);
    expect(checklist.azureSubscription.met).toBe(false);
    expect(purchasePermissionBlockers(checklist)).toEqual([
      expect.stringContaining("needs an active Azure plan or Azure Global (MS-AZR-0145P) subscription"),
    ]);
  });
});
