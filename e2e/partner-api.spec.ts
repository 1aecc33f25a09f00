import { expect, test, type Page } from "./test";
import { accounts, signedInAs } from "./accounts";
import { partnerApi } from "./partner-api";
import { withRecentMfa } from "./sign-in-steps";

// The partner API as programs use it: a key made in Settings, every call through a client generated from the
// OpenAPI document, every answer checked against that document (e2e/partner-api.ts).

async function createKey(page: Page, name: string, access: "Read-only" | "Full (as an Admin agent)") {
  await withRecentMfa(page, accounts.admin.email, "/settings");
  const form = page.getByRole("form", { name: "Create API key" });
  await form.getByRole("textbox", { name: "Name" }).fill(name);
  await form.getByRole("combobox", { name: "Access" }).selectOption({ label: access });
  await form.getByRole("button", { name: "Create API key" }).click();
  await expect(form.getByRole("status")).toContainText(`API key ${name} created. Copy it now`);
  return (await form.getByLabel("New API key").textContent())!;
}

test.describe("an Admin agent's API keys", () => {
  test.use({ storageState: signedInAs("admin") });

  test("a full key turns a permission on and off, and the audit records name the key", async ({ page, baseURL }) => {
    const key = await createKey(page, "nightly-sync", "Full (as an Admin agent)");
    await expect(page.getByRole("row", { name: /nightly-sync/ })).toContainText("Never");
    const api = await partnerApi(baseURL!, key);

    const found = await api.GET("/api/v1/customers", { params: { query: { search: "Tailspin" } } });
    expect(found.data?.items.map((c) => c.companyProfile.companyName)).toEqual(["Tailspin Toys"]);
    const tenantID = found.data!.items[0].id;

    const created = await api.POST("/api/v1/SelfServePolicy", {
      body: {
        selfServeEntity: { selfServeEntityType: "customer", tenantID },
        permissions: [{ resource: "AzureReservedInstances", action: "Purchase" }],
      },
    });
    expect(created.response.status).toBe(201);
    const again = await api.POST("/api/v1/SelfServePolicy", {
      body: {
        selfServeEntity: { selfServeEntityType: "customer", tenantID },
        permissions: [{ resource: "AzureReservedInstances", action: "Purchase" }],
      },
    });
    expect(again.response.status).toBe(409);
    expect(again.error).toMatchObject({ ok: false, error: "conflict", code: 600041 });
    const records = await api.GET("/api/v1/auditrecords", {
      params: { query: { filter: JSON.stringify({ Field: "CustomerId", Value: tenantID, Operator: "equals" }) } },
    });
    expect(records.data?.items[0]).toMatchObject({
      operationType: "create_self_serve_policy",
      customerName: "Tailspin Toys",
      userPrincipalName: "API key: nightly-sync (created by admin@contoso-csp.example)",
    });
    const removed = await api.DELETE("/api/v1/SelfServePolicy/{policyId}", {
      params: { path: { policyId: created.data!.id } },
    });
    expect(removed.response.status).toBe(204);

    await page.reload();
    await expect(page.getByRole("row", { name: /nightly-sync/ })).not.toContainText("Never");
    await page.getByRole("button", { name: "Revoke nightly-sync" }).click();
    await expect(page.getByRole("row", { name: /nightly-sync/ })).toContainText("Revoked");
    const revoked = await api.GET("/api/v1/customers/{customerId}", { params: { path: { customerId: tenantID } } });
    expect(revoked.response.status).toBe(401);
    expect(revoked.error).toMatchObject({ error: "unauthenticated", message: "This API key was revoked." });
  });

  test("one policy holds both permissions: created with both, changed to one with PUT, deleted", async ({
    page,
    baseURL,
  }) => {
    const api = await partnerApi(baseURL!, await createKey(page, "bulk-enablement", "Full (as an Admin agent)"));
    const found = await api.GET("/api/v1/customers", { params: { query: { search: "Adventure Works" } } });
    const tenantID = found.data!.items[0].id;
    const both = [
      { resource: "AzureReservedInstances" as const, action: "Purchase" as const },
      { resource: "AzureSavingsPlan" as const, action: "Purchase" as const },
    ];
    const created = await api.POST("/api/v1/SelfServePolicy", {
      body: { selfServeEntity: { selfServeEntityType: "customer", tenantID }, permissions: both },
    });
    expect(created.data?.permissions).toEqual(both);
    const policyId = created.data!.id;
    const changed = await api.PUT("/api/v1/SelfServePolicy/{policyId}", {
      params: { path: { policyId } },
      body: { permissions: [both[1]] },
    });
    expect(changed.data?.permissions).toEqual([both[1]]);
    const records = await api.GET("/api/v1/auditrecords", {
      params: { query: { filter: JSON.stringify({ Field: "CustomerId", Value: tenantID, Operator: "equals" }) } },
    });
    expect(records.data?.items.slice(0, 3).map((r) => r.operationType)).toEqual([
      "delete_self_serve_policy",
      "create_self_serve_policy",
      "create_self_serve_policy",
    ]);
    const removed = await api.DELETE("/api/v1/SelfServePolicy/{policyId}", { params: { path: { policyId } } });
    expect(removed.response.status).toBe(204);
    const none = await api.GET("/api/v1/SelfServePolicy", { params: { query: { entity_id: tenantID } } });
    expect(none.data?.items).toEqual([]);
  });

  test("a read-only key reads everything of its partner and is refused every write", async ({ page, baseURL }) => {
    const api = await partnerApi(baseURL!, await createKey(page, "audit-export", "Read-only"));
    const wingtip = (await api.GET("/api/v1/customers", { params: { query: { search: "Wingtip" } } })).data!.items[0];
    const customerId = wingtip.id;
    for (const read of [
      api.GET("/api/v1/customers/{customerId}", { params: { path: { customerId } } }),
      api.GET("/api/v1/customers/{customerId}/subscriptions", { params: { path: { customerId } } }),
      api.GET("/api/v1/customers/{customerId}/orders", { params: { path: { customerId } } }),
      api.GET("/api/v1/customers/{customerId}/reservations", { params: { path: { customerId } } }),
      api.GET("/api/v1/SelfServePolicy", { params: { query: { entity_id: customerId } } }),
    ]) {
      expect((await read).response.status).toBe(200);
    }
    const refused = await api.POST("/api/v1/SelfServePolicy", {
      body: {
        selfServeEntity: { selfServeEntityType: "customer", tenantID: customerId },
        permissions: [{ resource: "AzureReservedInstances", action: "Purchase" }],
      },
    });
    expect(refused.response.status).toBe(403);
    expect(refused.error?.message).toContain("read-only");
  });

  test("pages continue by token, bad input is a 400 with field errors, another partner's customer is not found", async ({
    page,
    browser,
    baseURL,
  }) => {
    const api = await partnerApi(baseURL!, await createKey(page, "psa-tool", "Read-only"));
    const first = await api.GET("/api/v1/customers", { params: { query: { size: 10 } } });
    expect(first.data?.items).toHaveLength(10);
    const token = first.data!.continuationToken!;
    expect(first.data?.links?.next?.headers[0]).toEqual({ key: "MS-ContinuationToken", value: token });
    const second = await api.GET("/api/v1/customers", { params: { query: { size: 10, continuationToken: token } } });
    const names = (items: { companyProfile: { companyName: string } }[]) =>
      items.map((c) => c.companyProfile.companyName);
    expect(names(second.data!.items)).toHaveLength(10);
    expect(names(second.data!.items).filter((name) => names(first.data!.items).includes(name))).toEqual([]);
    const pages = [...names(first.data!.items), ...names(second.data!.items)];
    expect(pages).toEqual([...pages].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));

    const bad = await api.GET("/api/v1/customers", { params: { query: { size: 0 } } });
    expect(bad.response.status).toBe(400);
    expect(bad.error?.fieldErrors).toEqual({ size: ["size must be a whole number from 1 to 500."] });
    const badFilter = await api.GET("/api/v1/auditrecords", { params: { query: { filter: "{nope" } } });
    expect(badFilter.response.status).toBe(400);

    const fabrikamPage = await (await browser.newContext({ storageState: signedInAs("fabrikamAdmin") })).newPage();
    const fabrikam = await partnerApi(baseURL!, await createKey(fabrikamPage, "fabrikam-tool", "Read-only"));
    const proseware = (await fabrikam.GET("/api/v1/customers")).data!.items;
    expect(proseware.map((c) => c.companyProfile.companyName)).toEqual(["Proseware, Inc."]);
    const customerId = proseware[0].id;
    expect((await api.GET("/api/v1/customers", { params: { query: { search: "Proseware" } } })).data?.items).toEqual(
      [],
    );
    const elsewhere = await api.GET("/api/v1/customers/{customerId}/orders", { params: { path: { customerId } } });
    expect(elsewhere.response.status).toBe(404);
  });

  test("the API reference renders the document, and nobody signed out gets past 401", async ({ page, baseURL }) => {
    await page.goto("/settings");
    await page.getByRole("link", { name: "API reference" }).click();
    await expect(page.getByRole("heading", { name: "Partner Console API", level: 1 })).toBeVisible();
    await expect(page.getByText("List audit records").first()).toBeVisible();
    const anonymous = await partnerApi(baseURL!);
    const signedOut = await anonymous.GET("/api/v1/auditrecords");
    expect(signedOut.response.status).toBe(401);
    const forged = await partnerApi(baseURL!, "pck_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    const refused = await forged.GET("/api/v1/customers");
    expect(refused.response.status).toBe(401);
    expect(refused.response.headers.get("www-authenticate")).toContain("Bearer");
    // A key is for the API: the dashboard's own download wants the signed-in Admin agent.
    const key = await createKey(page, "not-for-the-dashboard", "Full (as an Admin agent)");
    // A program holding only the key, no session: sent to sign in, as any signed-out visitor.
    const exported = await fetch(`${baseURL}/activity-log/export`, {
      headers: { Authorization: `Bearer ${key}` },
      redirect: "manual",
    });
    expect(exported.status).toBe(307);
    expect(exported.headers.get("location")).toContain("/signin");
  });
});
