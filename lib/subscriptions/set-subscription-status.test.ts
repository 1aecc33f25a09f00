import { describe, expect, it } from "vitest";
import {
  newActivityFor,
  actorRef,
  checklistOf,
  customerTenantId,
  demo,
  grantedResources,
  subscriptionOf,
} from "@/db/testing/fixtures";
import { inEnglish, say } from "@/lib/i18n/describe";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { setSubscriptionStatus } from "./set-subscription-status";

const change = (email: string, companyName: string, status: string) =>
  setSubscriptionStatus(actorRef(email), {
    subscriptionId: subscriptionOf(companyName, "azure_plan").subscriptionId,
    status,
  });

describe("setSubscriptionStatus", () => {
  it("suspends the last qualifying subscription: the permission stays on as data, the checklist says it no longer qualifies", () => {
    expect(change(demo.contosoAdmin, "Fourth Coffee", "suspended")).toMatchObject({
      ok: true,
      data: { changed: true },
    });

    expect(grantedResources("Fourth Coffee")).toEqual(["AzureReservedInstances"]);
    expect(checklistOf("Fourth Coffee").azureSubscription.met).toBe(false);
    const entries = newActivityFor("Fourth Coffee");
    expect(entries.at(-1)).toMatchObject({ operationType: "update_subscription", resourceType: "subscription" });
    expect(JSON.parse(entries.at(-1)!.newValue!)).toMatchObject({ status: "suspended" });
  });

  it("reactivates Litware's suspended plan, after which the permission can be turned on", () => {
    expect(change(demo.contosoAdmin, "Litware, Inc.", "active")).toMatchObject({ ok: true, data: { changed: true } });
    expect(
      setCustomerPurchasePermission(actorRef(demo.contosoAdmin), {
        customerId: customerTenantId("Litware, Inc."),
        resource: "AzureReservedInstances",
        enabled: true,
      }),
    ).toMatchObject({ ok: true, data: { changed: true } });
  });

  it("is idempotent", () => {
    expect(change(demo.contosoAdmin, "Wingtip Toys", "active")).toMatchObject({ ok: true, data: { changed: false } });
    expect(newActivityFor("Wingtip Toys")).toEqual([]);
  });

  it.each([demo.contosoSales, demo.contosoHelpdesk])("refuses %s", (email) => {
    expect(change(email, "Wingtip Toys", "suspended")).toMatchObject({ ok: false, error: "forbidden" });
    expect(checklistOf("Wingtip Toys").azureSubscription.met).toBe(true);
  });

  it("answers not found for another partner's subscription, checked by the subscription's own id", () => {
    expect(change(demo.fabrikamAdmin, "Wingtip Toys", "suspended")).toMatchObject({ ok: false, error: "not_found" });
  });

  it("rejects a status it cannot set", () => {
    expect(change(demo.contosoAdmin, "Wingtip Toys", "deleted")).toMatchObject({
      ok: false,
      error: "invalid_input",
      fieldErrors: { status: [{ reason: "subscriptions.errors.statusInvalid" }] },
    });
  });
});

describe("a status change that is not allowed", () => {
  it("says which, in English for the API", () => {
    expect(say(inEnglish, "subscriptions.errors.statusChangeNotAllowed", { from: "deleted", to: "active" })).toBe(
      "A deleted subscription cannot be made active.",
    );
    expect(say(inEnglish, "subscriptions.errors.statusChangeNotAllowed", { from: "expired", to: "suspended" })).toBe(
      "An expired subscription cannot be made suspended.",
    );
  });
});
