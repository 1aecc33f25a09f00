import { describe, expect, it } from "vitest";
import { actor, actorRef, customerTenantId, demo } from "@/testing/fixtures";
import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { getCustomerAccount } from "./get-customer-account";

const permissionsOf = async (companyName: string, viewer = demo.contosoSales) =>
  (await getCustomerAccount(await actor(viewer), await customerTenantId(companyName)))!.purchasePermissions;

describe("getCustomerAccount: who turned each permission on", () => {
  it("names the Admin agent and the instant of the Activity log entry, for every viewer, and nothing once it is off", async () => {
    const before = Date.now();
    const turn = async (enabled: boolean) =>
      setCustomerPurchasePermission(await actorRef(demo.contosoAdmin), {
        customerId: await customerTenantId("Wingtip Toys"),
        resource: "AzureSavingsPlan",
        enabled,
      });
    expect(await turn(true)).toMatchObject({ ok: true });

    const [reservations, savingsPlans] = await permissionsOf("Wingtip Toys");
    expect(reservations).toMatchObject({ resource: "AzureReservedInstances", enabled: false, turnedOn: null });
    expect(savingsPlans).toMatchObject({ resource: "AzureSavingsPlan", enabled: true });
    expect(savingsPlans.turnedOn?.by).toBe(demo.contosoAdmin);
    expect(Date.parse(savingsPlans.turnedOn!.at)).toBeGreaterThanOrEqual(before);

    expect(await turn(false)).toMatchObject({ ok: true });
    expect((await permissionsOf("Wingtip Toys"))[1]).toMatchObject({ enabled: false, turnedOn: null });
  });

  it("names the seeded grant as its seeded entry does", async () => {
    const [reservations] = await permissionsOf("Fourth Coffee");
    expect(reservations).toMatchObject({ enabled: true, turnedOn: { by: demo.contosoAdmin } });
  });

  it("names an API key as the log does, not only the agent who created it", async () => {
    const created = await createApiKey(await actorRef(demo.contosoAdmin), {
      name: "nightly-sync",
      accessLevel: "full",
      expiresInDays: 30,
    });
    if (!created.ok) throw new Error(created.reason);
    const authenticated = await authenticateApiKey(created.data.key);
    if (!authenticated.ok) throw new Error(authenticated.reason);
    await setCustomerPurchasePermission(authenticated.data.ref, {
      customerId: await customerTenantId("Tailspin Toys"),
      resource: "AzureReservedInstances",
      enabled: true,
    });
    expect((await permissionsOf("Tailspin Toys"))[0].turnedOn?.by).toBe(
      `API key: nightly-sync (created by ${demo.contosoAdmin})`,
    );
  });
});
