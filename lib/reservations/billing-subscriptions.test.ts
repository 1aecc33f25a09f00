import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { loadActor } from "@/lib/access/actor";
import { actor, customerActorRef, demo, subscriptionOf } from "@/testing/fixtures";
import { billingSubscriptionOptions } from "./billing-subscriptions";

describe("billingSubscriptionOptions", () => {
  it("offers a customer user only the Azure subscriptions they hold a role on; the partner all of them", async () => {
    const lynne = (await loadActor(getDb(), await customerActorRef("lynne@fourthcoffee.onmicrosoft.com")))!;
    const plan = await subscriptionOf("Fourth Coffee", "azure_plan");
    const forLynne = await billingSubscriptionOptions(lynne, plan.customerId);
    expect(forLynne.map((s) => s.subscriptionId)).toContain(plan.subscriptionId);
    const forPartner = await billingSubscriptionOptions(await actor(demo.contosoAdmin), plan.customerId);
    expect(forPartner.length).toBeGreaterThanOrEqual(forLynne.length);
    expect(forLynne.every((s) => forPartner.some((p) => p.subscriptionId === s.subscriptionId))).toBe(true);
  });
});
