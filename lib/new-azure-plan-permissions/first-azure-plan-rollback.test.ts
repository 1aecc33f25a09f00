import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { orders } from "@/db/schema";
import { purchaseAzurePlan } from "@/lib/subscriptions/purchase-azure-plan";
import { actorRef, customerTenantId, demo, grantedResources, newActivityFor, subscriptionOf } from "@/testing/fixtures";
import { setNewAzurePlanPermissions } from "./set-new-azure-plan-permissions";

// The writer of permission changes, made to fail on the savings plans permission once the reservations one (and the
// order) is written: what the purchase wrote before must go with it.
const failOn = vi.hoisted(() => ({ resource: null as string | null }));
vi.mock("@/lib/customer-permissions/set-customer-purchase-permission", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/customer-permissions/set-customer-purchase-permission")>();
  return {
    ...real,
    writePermissionChange: async (...args: Parameters<typeof real.writePermissionChange>) => {
      if (args[3].resource === failOn.resource) throw new Error("The database refused the write");
      return real.writePermissionChange(...args);
    },
  };
});

describe("an Azure plan bought under the rules, when turning a permission on fails", () => {
  it("is not bought: the order, the plan, the permissions and their entries are one transaction", async () => {
    await setNewAzurePlanPermissions(await actorRef(demo.contosoAdmin), {
      rules: { AzureReservedInstances: true, AzureSavingsPlan: true },
      version: 0,
    });
    const ordersBefore = (await getDb().select().from(orders)).length;
    failOn.resource = "AzureSavingsPlan";
    await expect(
      purchaseAzurePlan(await actorRef(demo.contosoAdmin), {
        customerId: await customerTenantId("Northwind Traders"),
        idempotencyKey: crypto.randomUUID(),
      }),
    ).rejects.toThrow("The database refused the write");

    expect(await getDb().select().from(orders)).toHaveLength(ordersBefore);
    await expect(subscriptionOf("Northwind Traders", "azure_plan")).rejects.toThrow("has no azure_plan subscription");
    expect(await grantedResources("Northwind Traders")).toEqual([]);
    expect(await newActivityFor("Northwind Traders")).toEqual([]);
  });
});
