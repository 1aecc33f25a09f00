import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import {
  newActivityFor,
  actor,
  actorRef,
  checklistOf,
  customerTenantId,
  customerUser,
  demo,
  subscriptionOf,
} from "@/testing/fixtures";
import { catalogues } from "@/i18n/messages";
import { setCustomerUserStatus } from "@/lib/customer-users/set-customer-user-status";
import { describeFailure, inEnglish, say, type Words } from "@/lib/i18n/describe";
import { addRoleAssignment } from "./add-role-assignment";
import { getSubscriptionAccess } from "./get-subscription-access";
import { removeRoleAssignment } from "./remove-role-assignment";

const adventurePlan = async () => (await subscriptionOf("Adventure Works Cycles", "azure_plan")).subscriptionId;
const johanna = async () => (await customerUser("johanna@adventureworkscycles.onmicrosoft.com")).objectId;

describe("addRoleAssignment", () => {
  it("makes a customer user Owner, which satisfies the Owner prerequisite, with a Create Role Assignment entry", async () => {
    expect((await checklistOf("Adventure Works Cycles")).ownerRole.met).toBe(false);
    const result = await addRoleAssignment(await actorRef(demo.contosoAdmin), {
      subscriptionId: await adventurePlan(),
      userId: await johanna(),
      role: "Owner",
    });

    expect(result).toMatchObject({ ok: true, data: { role: "Owner" } });
    expect((await checklistOf("Adventure Works Cycles")).ownerRole.met).toBe(true);
    const [entry] = await newActivityFor("Adventure Works Cycles");
    expect(entry).toMatchObject({
      operationType: "create_role_assignment",
      resourceType: "role_assignment",
      oldValue: null,
    });
    expect(JSON.parse(entry.newValue!)).toEqual({
      scope: `/subscriptions/${await adventurePlan()}`,
      principal: "johanna@adventureworkscycles.onmicrosoft.com",
      role: "Owner",
    });
    const access = await getSubscriptionAccess(
      await actor(demo.contosoSales),
      await customerTenantId("Adventure Works Cycles"),
      await adventurePlan(),
    );
    expect(access?.assignments).toContainEqual(
      expect.objectContaining({ displayName: "Johanna Lorenz", role: "Owner", userActive: true }),
    );
  });

  it("refuses a duplicate assignment", async () => {
    await addRoleAssignment(await actorRef(demo.contosoAdmin), {
      subscriptionId: await adventurePlan(),
      userId: await johanna(),
      role: "Owner",
    });
    expect(
      await addRoleAssignment(await actorRef(demo.contosoAdmin), {
        subscriptionId: await adventurePlan(),
        userId: await johanna(),
        role: "Owner",
      }),
    ).toEqual({
      ok: false,
      error: "conflict",
      reason: "accessControl.errors.alreadyHasRole",
      values: { user: "Johanna Lorenz", role: "Owner" },
    });
    expect(await newActivityFor("Adventure Works Cycles")).toHaveLength(1);
  });

  it("answers not found for a user of another customer, even of the same partner", async () => {
    const alex = (await customerUser("alex@wingtiptoys.onmicrosoft.com")).objectId;
    expect(
      await addRoleAssignment(await actorRef(demo.contosoAdmin), {
        subscriptionId: await adventurePlan(),
        userId: alex,
        role: "Owner",
      }),
    ).toMatchObject({ ok: false, error: "not_found" });
  });

  it("answers not found for another partner's subscription and user", async () => {
    const miriam = (await customerUser("miriam@prosewareinc.onmicrosoft.com")).objectId;
    const proseware = (await subscriptionOf("Proseware, Inc.", "azure_plan")).subscriptionId;
    expect(
      await addRoleAssignment(await actorRef(demo.contosoAdmin), {
        subscriptionId: proseware,
        userId: miriam,
        role: "Reader",
      }),
    ).toMatchObject({ ok: false, error: "not_found", reason: "errors.subscription_not_found" });
    expect(
      await getSubscriptionAccess(await actor(demo.contosoAdmin), await customerTenantId("Proseware, Inc."), proseware),
    ).toBeNull();
  });

  it("refuses a license-based subscription and a deactivated user", async () => {
    const nancy = (await customerUser("nancy@northwindtraders.onmicrosoft.com")).objectId;
    const m365 = (await subscriptionOf("Northwind Traders", "license_based")).subscriptionId;
    expect(
      await addRoleAssignment(await actorRef(demo.contosoAdmin), {
        subscriptionId: m365,
        userId: nancy,
        role: "Owner",
      }),
    ).toMatchObject({
      ok: false,
      error: "conflict",
      reason: "accessControl.errors.azureSubscriptionsOnly",
    });

    await setCustomerUserStatus(await actorRef(demo.contosoAdmin), { userId: await johanna(), status: "inactive" });
    expect(
      await addRoleAssignment(await actorRef(demo.contosoAdmin), {
        subscriptionId: await adventurePlan(),
        userId: await johanna(),
        role: "Owner",
      }),
    ).toMatchObject({
      ok: false,
      error: "conflict",
      reason: "accessControl.errors.userDeactivated",
      values: { user: "Johanna Lorenz" },
    });
  });

  it.each([demo.contosoSales, demo.contosoHelpdesk])("refuses %s", async (email) => {
    expect(
      await addRoleAssignment(await actorRef(email), {
        subscriptionId: await adventurePlan(),
        userId: await johanna(),
        role: "Owner",
      }),
    ).toMatchObject({
      ok: false,
      error: "forbidden",
    });
  });

  it.each([
    ["an unknown role", { role: "Superuser" }, "role"],
    ["a malformed subscription id", { subscriptionId: "abc" }, "subscriptionId"],
    ["a malformed user id", { userId: 42 }, "userId"],
  ])("rejects %s", async (_name, override, field) => {
    const input = { subscriptionId: await adventurePlan(), userId: await johanna(), role: "Owner", ...override };
    const result = await addRoleAssignment(await actorRef(demo.contosoAdmin), input);
    expect(result).toMatchObject({ ok: false, error: "invalid_input" });
    expect(!result.ok && result.fieldErrors).toHaveProperty(field);
  });
});

describe("removeRoleAssignment", () => {
  it("removes Wingtip's Owner, after which the Owner prerequisite is unmet, with a Delete Role Assignment entry", async () => {
    const alex = (await customerUser("alex@wingtiptoys.onmicrosoft.com")).objectId;
    const wingtipPlan = (await subscriptionOf("Wingtip Toys", "azure_plan")).subscriptionId;
    expect(
      await removeRoleAssignment(await actorRef(demo.contosoAdmin), {
        subscriptionId: wingtipPlan,
        userId: alex,
        role: "Owner",
      }),
    ).toMatchObject({
      ok: true,
    });
    expect((await checklistOf("Wingtip Toys")).ownerRole.met).toBe(false);
    expect(await newActivityFor("Wingtip Toys")).toEqual([
      expect.objectContaining({ operationType: "delete_role_assignment", newValue: null }),
    ]);
  });

  it("answers not found for an assignment that does not exist, writing nothing", async () => {
    expect(
      await removeRoleAssignment(await actorRef(demo.contosoAdmin), {
        subscriptionId: await adventurePlan(),
        userId: await johanna(),
        role: "Owner",
      }),
    ).toEqual({
      ok: false,
      error: "not_found",
      reason: "accessControl.errors.doesNotHaveRole",
      values: { user: "Johanna Lorenz", role: "Owner" },
    });
    expect(await newActivityFor("Adventure Works Cycles")).toEqual([]);
  });
});

describe("role assignment refusals in words", () => {
  const french: Words = {
    locale: "fr-FR",
    translate: createTranslator({ locale: "fr-FR", messages: catalogues["fr-FR"] }),
  };

  it("names the role in English for the API and in French for a French reader", async () => {
    const refused = await addRoleAssignment(await actorRef(demo.contosoAdmin), {
      subscriptionId: (await subscriptionOf("Wingtip Toys", "azure_plan")).subscriptionId,
      userId: (await customerUser("alex@wingtiptoys.onmicrosoft.com")).objectId,
      role: "Owner",
    });
    if (refused.ok) throw new Error("assigned twice");
    expect(describeFailure(refused, inEnglish).message).toBe(
      "Alex Wilber already has the Owner role on this subscription.",
    );
    expect(describeFailure(refused, french).message).toBe(
      "Alex Wilber dispose déjà du rôle Propriétaire sur cet abonnement.",
    );
    expect(
      say(french, "accessControl.errors.doesNotHaveRole", { user: "Alex Wilber", role: "Savings plan purchaser" }),
    ).toBe("Alex Wilber ne dispose pas du rôle Acheteur de plan d’économies sur cet abonnement.");
  });
});
