import { describe, expect, it } from "vitest";
import {
  newActivityFor,
  actorRef,
  checklistOf,
  customerTenantId,
  demo,
  grantedResources,
  subscriptionOf,
} from "@/testing/fixtures";
import { inEnglish, say } from "@/lib/i18n/describe";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { setSubscriptionStatus } from "./set-subscription-status";

const change = async (email: string, companyName: string, status: string) =>
  setSubscriptionStatus(await actorRef(email), {
    subscriptionId: (await subscriptionOf(companyName, "azure_plan")).subscriptionId,
    status,
  });

describe("setSubscriptionStatus", () => {
  it("suspends the last qualifying subscription: the permission stays on as data, the checklist says it no longer qualifies", async () => {
    expect(await change(demo.contosoAdmin, "Fourth Coffee", "suspended")).toMatchObject({
      ok: true,
      data: { changed: true },
    });

    expect(await grantedResources("Fourth Coffee")).toEqual(["AzureReservedInstances"]);
    expect((await checklistOf("Fourth Coffee")).azureSubscription.met).toBe(false);
    const entries = await newActivityFor("Fourth Coffee");
    expect(entries.at(-1)).toMatchObject({ operationType: "update_subscription", resourceType: "subscription" });
    expect(JSON.parse(entries.at(-1)!.newValue!)).toMatchObject({ status: "suspended" });
  });

  it("reactivates Litware's suspended plan, after which the permission can be turned on", async () => {
    expect(await change(demo.contosoAdmin, "Litware, Inc.", "active")).toMatchObject({
      ok: true,
      data: { changed: true },
    });
    expect(
      await setCustomerPurchasePermission(await actorRef(demo.contosoAdmin), {
        customerId: await customerTenantId("Litware, Inc."),
        resource: "AzureReservedInstances",
        enabled: true,
      }),
    ).toMatchObject({ ok: true, data: { changed: true } });
  });

  it("is idempotent", async () => {
    expect(await change(demo.contosoAdmin, "Wingtip Toys", "active")).toMatchObject({
      ok: true,
      data: { changed: false },
    });
    expect(await newActivityFor("Wingtip Toys")).toEqual([]);
  });

  it.each([demo.contosoSales, demo.contosoHelpdesk])("refuses %s", async (email) => {
    expect(await change(email, "Wingtip Toys", "suspended")).toMatchObject({ ok: false, error: "forbidden" });
    expect((await checklistOf("Wingtip Toys")).azureSubscription.met).toBe(true);
  });

  it("answers not found for another partner's subscription, checked by the subscription's own id", async () => {
    expect(await change(demo.fabrikamAdmin, "Wingtip Toys", "suspended")).toMatchObject({
      ok: false,
      error: "not_found",
    });
  });

  it("rejects a status it cannot set", async () => {
    expect(await change(demo.contosoAdmin, "Wingtip Toys", "deleted")).toMatchObject({
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
