import { describe, expect, it } from "vitest";
import { actor, actorRef, customerTenantId, demo } from "@/db/testing/fixtures";
import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { getCustomerAccount } from "./get-customer-account";

const permissionsOf = (companyName: string, viewer = demo.contosoSales) =>
  getCustomerAccount(actor(viewer), customerTenantId(companyName))!.purchasePermissions;

describe("getCustomerAccount: who turned each permission on", () => {
  it("names the Admin agent and the instant of the Activity log entry, for every viewer, and nothing once it is off", () => {
    const before = Date.now();
    const turn = (enabled: boolean) =>
      setCustomerPurchasePermission(actorRef(demo.contosoAdmin), {
        customerId: customerTenantId("Wingtip Toys"),
        resource: "AzureSavingsPlan",
        enabled,
      });
    expect(turn(true)).toMatchObject({ ok: true });

    const [reservations, savingsPlans] = permissionsOf("Wingtip Toys");
    expect(reservations).toMatchObject({ resource: "AzureReservedInstances", enabled: false, turnedOn: null });
    expect(savingsPlans).toMatchObject({ resource: "AzureSavingsPlan", enabled: true });
    expect(savingsPlans.turnedOn?.by).toBe(demo.contosoAdmin);
    expect(Date.parse(savingsPlans.turnedOn!.at)).toBeGreaterThanOrEqual(before);

    expect(turn(false)).toMatchObject({ ok: true });
    expect(permissionsOf("Wingtip Toys")[1]).toMatchObject({ enabled: false, turnedOn: null });
  });

  it("names the seeded grant as its seeded entry does", () => {
    const [reservations] = permissionsOf("Fourth Coffee");
    expect(reservations).toMatchObject({ enabled: true, turnedOn: { by: demo.contosoAdmin } });
  });

  it("names an API key as the log does, not only the agent who created it", () => {
    const created = createApiKey(actorRef(demo.contosoAdmin), {
      name: "nightly-sync",
      accessLevel: "full",
      expiresInDays: 30,
    });
    if (!created.ok) throw new Error(created.reason);
    const authenticated = authenticateApiKey(created.data.key);
    if (!authenticated.ok) throw new Error(authenticated.reason);
    setCustomerPurchasePermission(authenticated.data.ref, {
      customerId: customerTenantId("Tailspin Toys"),
      resource: "AzureReservedInstances",
      enabled: true,
    });
    expect(permissionsOf("Tailspin Toys")[0].turnedOn?.by).toBe(
      `API key: nightly-sync (created by ${demo.contosoAdmin})`,
    );
  });
});
