import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { customerUsers } from "@/db/schema";
import { actorRef, customerActorRef, customerUser, demo, newActivityFor } from "@/testing/fixtures";
import { verifyPassword } from "@/lib/auth/password";
import { isSessionLive, startSession } from "@/lib/auth/sessions";
import { resetCustomerUserPassword } from "./reset-customer-user-password";

const alex = "alex@wingtiptoys.onmicrosoft.com";

describe("resetCustomerUserPassword", () => {
  it("issues a temporary password to change at next sign-in, ends the user's sessions, and logs it without the password", async () => {
    const session = await startSession(getDb(), await customerActorRef(alex));
    const result = await resetCustomerUserPassword(await actorRef(demo.contosoAdmin), {
      userId: (await customerUser(alex)).objectId,
    });
    if (!result.ok) throw new Error(result.reason);

    const user = await customerUser(alex);
    expect(verifyPassword(result.data.temporaryPassword, user.passwordHash!)).toBe(true);
    expect(verifyPassword("partner-demo", user.passwordHash!)).toBe(false);
    expect(user.mustChangePassword).toBe(true);
    expect(await isSessionLive(getDb(), session, await customerActorRef(alex))).toBe(false);
    const [entry] = await newActivityFor("Wingtip Toys");
    expect(entry).toMatchObject({ operationType: "reset_customer_user_password", actorEmail: demo.contosoAdmin });
    expect(entry.newValue).not.toContain(result.data.temporaryPassword);
  });

  it("issues a fresh 24 hours and one more sign-in, replacing a temporary password already used or expired", async () => {
    const alexId = (await customerUser(alex)).id;
    await getDb()
      .update(customerUsers)
      .set({
        mustChangePassword: true,
        temporaryPasswordExpiresAt: new Date(Date.now() - 3_600_000),
        temporaryPasswordUsedAt: new Date(Date.now() - 2 * 3_600_000),
      })
      .where(eq(customerUsers.id, alexId));
    const before = Date.now();
    const result = await resetCustomerUserPassword(await actorRef(demo.contosoAdmin), {
      userId: (await customerUser(alex)).objectId,
    });
    if (!result.ok) throw new Error(result.reason);
    const user = await customerUser(alex);
    expect(user.temporaryPasswordUsedAt).toBeNull();
    expect(user.temporaryPasswordExpiresAt!.getTime()).toBeGreaterThanOrEqual(before + 24 * 3_600_000);
    expect(user.temporaryPasswordExpiresAt!.getTime()).toBeLessThanOrEqual(Date.now() + 24 * 3_600_000);
    expect(result.data.temporaryPasswordExpiresAt).toEqual(user.temporaryPasswordExpiresAt);
  });

  it("is for Admin agents of the user's own partner only", async () => {
    const userId = (await customerUser(alex)).objectId;
    expect(await resetCustomerUserPassword(await actorRef(demo.contosoSales), { userId })).toMatchObject({
      error: "forbidden",
    });
    expect(await resetCustomerUserPassword(await actorRef(demo.fabrikamAdmin), { userId })).toMatchObject({
      error: "not_found",
    });
    expect(verifyPassword("partner-demo", (await customerUser(alex)).passwordHash!)).toBe(true);
    expect(await newActivityFor("Wingtip Toys")).toEqual([]);
  });
});
