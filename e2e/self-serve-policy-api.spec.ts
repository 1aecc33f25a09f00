import { expect, test } from "./test";
import { signedInAs } from "./accounts";

// Partner Center's SelfServePolicy API, served by the same use case as the Account page's switch.

async function tenantIdOf(page: import("@playwright/test").Page, companyName: string) {
  await page.goto(`/customers?q=${encodeURIComponent(companyName)}`);
  const href = await page.getByRole("link", { name: companyName, exact: true }).getAttribute("href");
  return href!.split("/")[2];
}

test.describe("as an Admin agent", () => {
  test.use({ storageState: signedInAs("admin") });

  test("creates, reads and deletes Tailspin Toys' policy; each change is in the Activity log", async ({ page }) => {
    const tenantID = await tenantIdOf(page, "Tailspin Toys");
    const body = {
      selfServeEntity: { selfServeEntityType: "customer", tenantID },
      grantor: { grantorType: "billToPartner" },
      permissions: [{ resource: "AzureReservedInstances", action: "Purchase" }],
    };

    const created = await page.request.post("/api/v1/SelfServePolicy", { data: body });
    expect(created.status()).toBe(201);
    const policy = await created.json();
    expect(policy).toMatchObject({
      id: expect.stringMatching(new RegExp(`_${tenantID}$`)),
      selfServeEntity: { selfServeEntityType: "customer", tenantID },
      grantor: { grantorType: "billToPartner" },
      permissions: [{ resource: "AzureReservedInstances", action: "Purchase" }],
      attributes: { objectType: "SelfServePolicy" },
    });

    const again = await page.request.post("/api/v1/SelfServePolicy", { data: body });
    expect(again.status()).toBe(409);
    expect(await again.json()).toMatchObject({ code: 600041 });

    const list = await (await page.request.get(`/api/v1/SelfServePolicy?entity_id=${tenantID}`)).json();
    expect(list).toEqual({ totalCount: 1, items: [policy], attributes: { objectType: "Collection" } });
    expect(await (await page.request.get(`/api/v1/SelfServePolicy/${policy.id}`)).json()).toEqual(policy);

    expect((await page.request.delete(`/api/v1/SelfServePolicy/${policy.id}`)).status()).toBe(204);
    expect((await page.request.delete(`/api/v1/SelfServePolicy/${policy.id}`)).status()).toBe(404);
    expect((await page.request.get(`/api/v1/SelfServePolicy/${policy.id}`)).status()).toBe(404);

    await page.goto(`/activity-log?customer=${tenantID}`);
    const rows = page.getByRole("row").filter({ hasText: "Tailspin Toys" });
    await expect(rows.nth(0)).toContainText("Delete Customer Purchase Permissions");
    await expect(rows.nth(1)).toContainText("Create Customer Purchase Permissions");
  });

  test("refuses bad input and a customer without an Azure subscription, changing nothing", async ({ page }) => {
    const tenantID = await tenantIdOf(page, "Litware, Inc.");
    const bad = await page.request.post("/api/v1/SelfServePolicy", {
      data: { selfServeEntity: { selfServeEntityType: "customer", tenantID: "litware" }, permissions: [] },
    });
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "invalid_input" });

    const refused = await page.request.post("/api/v1/SelfServePolicy", {
      data: {
        selfServeEntity: { selfServeEntityType: "customer", tenantID },
        permissions: [{ resource: "AzureReservedInstances", action: "Purchase" }],
      },
    });
    expect(refused.status()).toBe(409);
    expect(await refused.json()).toMatchObject({ error: "prerequisite_missing" });
    const list = await (await page.request.get(`/api/v1/SelfServePolicy?entity_id=${tenantID}`)).json();
    expect(list.totalCount).toBe(0);
  });
});

test("a Sales agent is refused; another partner's Admin agent gets not found; signed out gets 401", async ({
  browser,
}) => {
  const admin = await (await browser.newContext({ storageState: signedInAs("admin") })).newPage();
  const tenantID = await tenantIdOf(admin, "Wingtip Toys");
  const body = {
    selfServeEntity: { selfServeEntityType: "customer", tenantID },
    permissions: [{ resource: "AzureReservedInstances", action: "Purchase" }],
  };

  const sales = await browser.newContext({ storageState: signedInAs("sales") });
  const salesTry = await sales.request.post("/api/v1/SelfServePolicy", { data: body });
  expect(salesTry.status()).toBe(403);

  const fabrikam = await browser.newContext({ storageState: signedInAs("fabrikamAdmin") });
  expect((await fabrikam.request.post("/api/v1/SelfServePolicy", { data: body })).status()).toBe(404);
  expect((await fabrikam.request.get(`/api/v1/SelfServePolicy?entity_id=${tenantID}`)).status()).toBe(404);

  const anonymous = await browser.newContext();
  expect((await anonymous.request.post("/api/v1/SelfServePolicy", { data: body })).status()).toBe(401);

  const list = await (await admin.request.get(`/api/v1/SelfServePolicy?entity_id=${tenantID}`)).json();
  expect(list.totalCount).toBe(0);
});
