import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activityEntries, partnerUsers, signInThrottles } from "@/db/schema";
import { actorRef, customerActorRef, customerTenantId, customerUser, demo } from "@/testing/fixtures";
import { demoSecondFactorAt } from "@/testing/mfa";
import { addCustomerUser } from "@/lib/customer-users/add-customer-user";
import { purchaseReservation } from "@/lib/reservations/purchase-reservation";
import { changePassword as changePasswordFrom } from "./change-password";
import { verifyPassword } from "./password";
import { isSessionLive, startSession } from "./sessions";
import { attemptSignIn, signInCredentials } from "./sign-in-attempt";

const clientAddress = "203.0.113.10";
const changePassword = (session: Parameters<typeof changePasswordFrom>[0], input: unknown) =>
  changePasswordFrom(session, input, { clientAddress });

async function newWingtipUser() {
  const added = await addCustomerUser(await actorRef(demo.contosoAdmin), {
    customerId: await customerTenantId("Wingtip Toys"),
    displayName: "Kim Akers",
    userPrincipalName: "kim@wingtiptoys.onmicrosoft.com",
  });
  if (!added.ok) throw new Error(added.reason);
  const ref = await customerActorRef("kim@wingtiptoys.onmicrosoft.com");
  return { ref, temporaryPassword: added.data.temporaryPassword, sessionId: await startSession(getDb(), ref) };
}

const change = (currentPassword: string, newPassword: string, confirmPassword = newPassword) => ({
  currentPassword,
  newPassword,
  confirmPassword,
});

describe("a temporary password", () => {
  it("opens nothing but the password change: a purchase is refused until the user chose their own", async () => {
    const { ref } = await newWingtipUser();
    expect(await purchaseReservation(ref, { idempotencyKey: crypto.randomUUID() })).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
    const refused = await purchaseReservation(ref, {
      idempotencyKey: crypto.randomUUID(),
      catalogItemId: "DZH318Z0BQ4P:0001",
      region: "westus2",
      term: "P1Y",
      billingPlan: "upfront",
      quantity: 1,
      billingSubscriptionId: crypto.randomUUID(),
      scope: "shared",
    });
    expect(refused).toMatchObject({ ok: false, error: "password_change_required" });
  });
});

describe("changePassword", () => {
  it("replaces a temporary password, lifts the must-change flag, and keeps only this session", async () => {
    const { ref, temporaryPassword, sessionId } = await newWingtipUser();
    const otherSession = await startSession(getDb(), ref);
    expect(await changePassword({ ref, sessionId }, change(temporaryPassword, "Coffee beans 42"))).toEqual({
      ok: true,
      data: { home: "/portal" },
    });
    const user = await customerUser("kim@wingtiptoys.onmicrosoft.com");
    expect(verifyPassword("Coffee beans 42", user.passwordHash!)).toBe(true);
    expect(verifyPassword(temporaryPassword, user.passwordHash!)).toBe(false);
    expect(user.mustChangePassword).toBe(false);
    expect(await isSessionLive(getDb(), sessionId, ref)).toBe(true);
    expect(await isSessionLive(getDb(), otherSession, ref)).toBe(false);
  });

  it.each([
    ["a wrong current password", (temporary: string) => change(`${temporary}x`, "Coffee beans 42"), "currentPassword"],
    ["a weak new password", (temporary: string) => change(temporary, "coffee"), "newPassword"],
    ["the same password again", (temporary: string) => change(temporary, temporary), "newPassword"],
    [
      "two different new passwords",
      (temporary: string) => change(temporary, "Coffee beans 42", "Tea 42!"),
      "confirmPassword",
    ],
  ])("refuses %s, changing nothing", async (_name, input, field) => {
    const { ref, temporaryPassword, sessionId } = await newWingtipUser();
    const result = await changePassword({ ref, sessionId }, input(temporaryPassword));
    expect(result).toMatchObject({ ok: false, error: "invalid_input", fieldErrors: { [field]: expect.any(Array) } });
    const user = await customerUser("kim@wingtiptoys.onmicrosoft.com");
    expect(verifyPassword(temporaryPassword, user.passwordHash!)).toBe(true);
    expect(user.mustChangePassword).toBe(true);
  });

  it("works for partner users too, and needs a session", async () => {
    const ref = await actorRef(demo.contosoSales);
    const sessionId = await startSession(getDb(), ref);
    expect(await changePassword({ ref, sessionId }, change("partner-demo", "Quarterly goals 2026!"))).toEqual({
      ok: true,
      data: { home: "/customers" },
    });
    expect(await changePassword(null, change("Quarterly goals 2026!", "Another one 2027"))).toMatchObject({
      ok: false,
      error: "unauthenticated",
    });
  });
});

const salesSession = async () => {
  const ref = await actorRef(demo.contosoSales);
  return { ref, sessionId: await startSession(getDb(), ref) };
};

describe("wrong current passwords", () => {
  const signIn = (password: string) => attemptSignIn({ name: demo.contosoSales, password, clientAddress });
  /** The password with the demo authenticator app's code: the whole sign-in of a partner user. */
  const signInWithCode = (password: string, now = new Date()) =>
    attemptSignIn({ name: demo.contosoSales, password, clientAddress, secondFactor: demoSecondFactorAt(now), now });
  const lockoutEntries = () =>
    getDb()
      .select({ actorEmail: activityEntries.actorEmail })
      .from(activityEntries)
      .where(eq(activityEntries.operationType, "sign_in_lockout"));

  it("count toward the account's sign-in lockout: the 10th locks change password and sign-in, the right password included", async () => {
    const session = await salesSession();
    for (let i = 0; i < 9; i++) {
      expect(await changePassword(session, change(`guess-${i}`, "Quarterly goals 2026!"))).toMatchObject({
        ok: false,
        error: "invalid_input",
        fieldErrors: { currentPassword: [{ reason: "auth.errors.currentPasswordWrong" }] },
      });
    }
    expect(await changePassword(session, change("guess-9", "Quarterly goals 2026!"))).toEqual({
      ok: false,
      error: "too_many_attempts",
      reason: "auth.errors.lockedOut",
      values: { minutes: 1 },
    });
    expect(await changePassword(session, change("partner-demo", "Quarterly goals 2026!"))).toMatchObject({
      ok: false,
      error: "too_many_attempts",
      values: { minutes: 1 },
    });
    expect(await signIn("partner-demo")).toMatchObject({ ok: false, error: "too_many_attempts" });
    expect(verifyPassword("partner-demo", await salesPasswordHash())).toBe(true);
    expect(await lockoutEntries()).toEqual([{ actorEmail: demo.contosoSales }]);
  });

  it("add up with failed sign-ins: one count per account", async () => {
    const session = await salesSession();
    for (let i = 0; i < 5; i++) await signIn(`guess-${i}`);
    for (let i = 5; i < 9; i++) await changePassword(session, change(`guess-${i}`, "Quarterly goals 2026!"));
    expect(await signIn("guess-9")).toMatchObject({ ok: false, error: "too_many_attempts" });
    expect(await changePassword(session, change("partner-demo", "Quarterly goals 2026!"))).toMatchObject({
      error: "too_many_attempts",
    });
  });

  it("start over after a successful change, as after a successful sign-in", async () => {
    const session = await salesSession();
    for (let i = 0; i < 9; i++) await changePassword(session, change(`guess-${i}`, "Quarterly goals 2026!"));
    expect(await changePassword(session, change("partner-demo", "Quarterly goals 2026!"))).toMatchObject({
      ok: true,
    });
    const [row] = await getDb()
      .select()
      .from(signInThrottles)
      .where(eq(signInThrottles.key, `account:${demo.contosoSales}`))
      .limit(1);
    expect(row).toMatchObject({ failures: 0, lockouts: 0, lockedUntil: null });
    // Wrong passwords are asked for the second factor, as the right one is: nothing tells them apart before it.
    for (let i = 0; i < 9; i++) expect(await signIn(`guess-${i}`)).toMatchObject({ error: "second_factor_required" });
    expect(await signInWithCode("Quarterly goals 2026!")).toMatchObject({ ok: true });
  });

  async function salesPasswordHash(): Promise<string> {
    const [sales] = await getDb()
      .select({ passwordHash: partnerUsers.passwordHash })
      .from(partnerUsers)
      .where(eq(partnerUsers.email, demo.contosoSales))
      .limit(1);
    return sales.passwordHash;
  }
});

describe("the longest password", () => {
  /** Sign-in as next-auth's authorize does it: the form's fields through the same schema, then the attempt. */
  async function signIn(name: string, password: string) {
    const parsed = signInCredentials.safeParse({ email: name, password });
    if (!parsed.success) return { refused: parsed.error.issues.map((issue) => issue.message) };
    const now = new Date();
    const { email, password: checked } = parsed.data;
    return attemptSignIn({ name: email, password: checked, secondFactor: demoSecondFactorAt(now), clientAddress, now });
  }

  it("is the same for change password and sign-in: a 230-character password chosen in one opens the other", async () => {
    const long = "Aa1!".repeat(57) + "xy";
    expect(long).toHaveLength(230);
    expect(await changePassword(await salesSession(), change("partner-demo", long))).toMatchObject({ ok: true });
    expect(await signIn(demo.contosoSales, long)).toMatchObject({ ok: true });
  });

  it("refuses one character more in both, for the same reason", async () => {
    const tooLong = "Aa1!".repeat(64) + "x";
    expect(tooLong).toHaveLength(257);
    expect(await changePassword(await salesSession(), change("partner-demo", tooLong))).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: [{ reason: "auth.errors.passwordTooLong" }] },
    });
    expect(await signIn(demo.contosoSales, tooLong)).toEqual({ refused: ["auth.errors.passwordTooLong"] });
    expect(await signIn(demo.contosoSales, "partner-demo")).toMatchObject({ ok: true });
  });
});
