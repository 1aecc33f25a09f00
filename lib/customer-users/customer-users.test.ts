import { describe, expect, it } from "vitest";
import { newActivityFor, actor, actorRef, checklistOf, customerTenantId, customerUser, demo } from "@/testing/fixtures";
import { verifyPassword } from "@/lib/auth/password";
import { getCustomer } from "@/lib/customers/find-customer";
import { addCustomerUser } from "./add-customer-user";
import { listCustomerUsers } from "./list-customer-users";
import { setCustomerUserStatus } from "./set-customer-user-status";

const add = async (email: string, userPrincipalName: string, companyName = "Wingtip Toys") =>
  addCustomerUser(await actorRef(email), {
    customerId: await customerTenantId(companyName),
    displayName: "Kim Akers",
    userPrincipalName,
  });

describe("addCustomerUser", () => {
  it("adds an active user in the customer's domain, with a Create Customer User entry", async () => {
    const result = await add(demo.contosoAdmin, "Kim.Akers@wingtiptoys.onmicrosoft.com");

    expect(result).toMatchObject({ ok: true, data: { userPrincipalName: "kim.akers@wingtiptoys.onmicrosoft.com" } });
    const users = await listCustomerUsers(
      (await getCustomer(await actor(demo.contosoAdmin), await customerTenantId("Wingtip Toys")))!,
    );
    expect(users).toContainEqual(expect.objectContaining({ displayName: "Kim Akers", status: "active", roles: [] }));
    expect(await newActivityFor("Wingtip Toys")).toEqual([
      expect.objectContaining({ operationType: "create_customer_user" }),
    ]);
    // They sign in with a one-time temporary password shown to the Admin agent, never the public demo one.
    const { passwordHash, mustChangePassword } = await customerUser("kim.akers@wingtiptoys.onmicrosoft.com");
    const { temporaryPassword } = (result as { data: { temporaryPassword: string } }).data;
    expect(passwordHash && verifyPassword(temporaryPassword, passwordHash)).toBe(true);
    expect(passwordHash && verifyPassword("partner-demo", passwordHash)).toBe(false);
    expect(passwordHash).not.toContain(temporaryPassword);
    expect(mustChangePassword).toBe(true);
    expect(JSON.stringify(await newActivityFor("Wingtip Toys"))).not.toContain(temporaryPassword);
  });

  it("makes the temporary password good for 24 hours from when it was issued, not yet used", async () => {
    const before = Date.now();
    const result = await add(demo.contosoAdmin, "kim@wingtiptoys.onmicrosoft.com");
    const after = Date.now();
    if (!result.ok) throw new Error(result.reason);
    const user = await customerUser("kim@wingtiptoys.onmicrosoft.com");
    const expiresAt = user.temporaryPasswordExpiresAt!.getTime();
    expect(expiresAt).toBeGreaterThanOrEqual(before + 24 * 3_600_000);
    expect(expiresAt).toBeLessThanOrEqual(after + 24 * 3_600_000);
    expect(user.temporaryPasswordUsedAt).toBeNull();
    // The Admin agent is told until when, to tell the user.
    expect(result.data.temporaryPasswordExpiresAt).toEqual(user.temporaryPasswordExpiresAt);
  });

  it("gives every new user a password of their own", async () => {
    const first = await add(demo.contosoAdmin, "kim@wingtiptoys.onmicrosoft.com");
    const second = await add(demo.contosoAdmin, "lee@wingtiptoys.onmicrosoft.com");
    if (!first.ok || !second.ok) throw new Error("refused");
    expect(first.data.temporaryPassword).not.toBe(second.data.temporaryPassword);
  });

  it("refuses a user name outside the customer's domains, or already taken", async () => {
    expect(await add(demo.contosoAdmin, "kim@contoso.com")).toMatchObject({
      ok: false,
      error: "invalid_input",
      reason: "customerUsers.errors.userPrincipalNameDomain",
      values: { domains: "wingtiptoys.onmicrosoft.com" },
      fieldErrors: {
        userPrincipalName: [
          {
            reason: "customerUsers.errors.userPrincipalNameDomain",
            values: { domains: "wingtiptoys.onmicrosoft.com" },
          },
        ],
      },
    });
    expect(await add(demo.contosoAdmin, "alex@wingtiptoys.onmicrosoft.com")).toEqual({
      ok: false,
      error: "conflict",
      reason: "customerUsers.errors.userExists",
      values: { userPrincipalName: "alex@wingtiptoys.onmicrosoft.com" },
    });
    expect(
      await addCustomerUser(await actorRef(demo.contosoAdmin), {
        customerId: await customerTenantId("Wingtip Toys"),
        displayName: "  ",
        userPrincipalName: "x@wingtiptoys.onmicrosoft.com",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { displayName: [{ reason: "customerUsers.errors.displayNameRequired" }] },
    });
    expect(await newActivityFor("Wingtip Toys")).toEqual([]);
  });

  it("is for Admin agents of the customer's partner only", async () => {
    expect(await add(demo.contosoHelpdesk, "kim@wingtiptoys.onmicrosoft.com")).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await add(demo.fabrikamAdmin, "kim@wingtiptoys.onmicrosoft.com")).toMatchObject({
      ok: false,
      error: "not_found",
    });
  });
});

describe("setCustomerUserStatus", () => {
  it("deactivating the only Owner unmeets the Owner prerequisite; reactivating restores it", async () => {
    const alex = (await customerUser("alex@wingtiptoys.onmicrosoft.com")).objectId;
    expect(
      await setCustomerUserStatus(await actorRef(demo.contosoAdmin), { userId: alex, status: "inactive" }),
    ).toMatchObject({
      ok: true,
      data: { changed: true },
    });
    expect((await checklistOf("Wingtip Toys")).ownerRole.met).toBe(false);
    expect(
      await setCustomerUserStatus(await actorRef(demo.contosoAdmin), { userId: alex, status: "inactive" }),
    ).toMatchObject({
      ok: true,
      data: { changed: false },
    });
    await setCustomerUserStatus(await actorRef(demo.contosoAdmin), { userId: alex, status: "active" });
    expect((await checklistOf("Wingtip Toys")).ownerRole.met).toBe(true);
    expect((await newActivityFor("Wingtip Toys")).map((e) => e.operationType)).toEqual([
      "update_customer_user",
      "update_customer_user",
    ]);
  });

  it("refuses sales agents and other partners, and unknown statuses", async () => {
    const alex = (await customerUser("alex@wingtiptoys.onmicrosoft.com")).objectId;
    expect(
      await setCustomerUserStatus(await actorRef(demo.contosoSales), { userId: alex, status: "inactive" }),
    ).toMatchObject({
      error: "forbidden",
    });
    expect(
      await setCustomerUserStatus(await actorRef(demo.fabrikamAdmin), { userId: alex, status: "inactive" }),
    ).toMatchObject({
      error: "not_found",
    });
    expect(
      await setCustomerUserStatus(await actorRef(demo.contosoAdmin), { userId: alex, status: "deleted" }),
    ).toMatchObject({
      error: "invalid_input",
    });
  });
});
