import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalogues } from "@/i18n/messages";
import { inEnglish, say, type Words } from "@/lib/i18n/describe";
import {
  purchasePermissionBlockers,
  purchasePermissionChecklist,
  billsAzurePurchases,
  type SubscriptionFacts,
} from "./prerequisites";

const subscription = (overrides: Partial<SubscriptionFacts>): SubscriptionFacts => ({
  subscriptionId: "sub-1",
  friendlyName: "Azure plan",
  offerType: "azure_plan",
  status: "active",
  ...overrides,
});

describe("billsAzurePurchases", () => {
  it.each([
    ["an active Azure plan", subscription({}), true],
    ["an active Azure Global subscription", subscription({ offerType: "azure_global" }), true],
    ["a license-based subscription", subscription({ offerType: "license_based" }), false],
    ["a suspended Azure plan", subscription({ status: "suspended" }), false],
    ["a deleted Azure plan", subscription({ status: "deleted" }), false],
    ["a pending Azure Global subscription", subscription({ offerType: "azure_global", status: "pending" }), false],
  ])("%s → %s", (_name, facts, expected) => {
    expect(billsAzurePurchases(facts)).toBe(expected);
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
      { reason: "permissions.errors.missingAzureSubscription", values: { resource: "AzureReservedInstances" } },
    ]);
    expect(purchasePermissionBlockers(checklist, "AzureSavingsPlan")).toEqual([
      { reason: "permissions.errors.missingAzureSubscription", values: { resource: "AzureSavingsPlan" } },
    ]);
  });
});

describe("missingAzureSubscription", () => {
  const inFrench: Words = {
    locale: "fr-FR",
    translate: createTranslator({ locale: "fr-FR", messages: catalogues["fr-FR"] }),
  };
  const words = (w: Words, resource: "AzureReservedInstances" | "AzureSavingsPlan") => {
    const [blocker] = purchasePermissionBlockers(purchasePermissionChecklist([], []), resource);
    return say(w, blocker.reason, blocker.values);
  };

  it("names the permission in the reader's language", () => {
    expect(words(inEnglish, "AzureReservedInstances")).toBe(
      "This customer needs an active Azure plan or Azure Global (MS-AZR-0145P) subscription that you purchased for them before they can be allowed to purchase Azure reservations.",
    );
    expect(words(inEnglish, "AzureSavingsPlan")).toMatch(/allowed to purchase Azure savings plans\.$/);
    expect(words(inFrench, "AzureReservedInstances")).toMatch(/acheter des réservations Azure\.$/);
    expect(words(inFrench, "AzureSavingsPlan")).toMatch(/acheter des plans d’économies Azure\.$/);
  });
});
