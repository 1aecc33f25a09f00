import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { actorRef, customerActorRef, customerTenantId, customerUser, demo } from "@/db/testing/fixtures";
import { addCustomerUser } from "@/lib/customer-users/add-customer-user";
import { purchaseReservation } from "@/lib/reservations/purchase-reservation";
import { changePassword } from "./change-password";
import { verifyPassword } from "./password";
import { isSessionLive, startSession } from "./sessions";

function newWingtipUser() {
  const added = addCustomerUser(actorRef(demo.contosoAdmin), {
    customerId: customerTenantId("Wingtip Toys"),
    displayName: "Kim Akers",
    userPrincipalName: "kim@wingtiptoys.onmicrosoft.com",
  });
  if (!added.ok) throw new Error(added.reason);
  const ref = customerActorRef("kim@wingtiptoys.onmicrosoft.com");
  return { ref, temporaryPassword: added.data.temporaryPassword, sessionId: startSession(getDb(), ref) };
}

const change = (currentPassword: string, newPassword: string, confirmPassword = newPassword) => ({
  currentPassword,
  newPassword,
  confirmPassword,
});

describe("a temporary password", () => {
  it("opens nothing but the password change: a purchase is refused until the user chose their own", () => {
    const { ref } = newWingtipUser();
    expect(purchaseReservation(ref, { idempotencyKey: crypto.randomUUID() })).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
    const refused = purchaseReservation(ref, {
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
  it("replaces a temporary password, lifts the must-change flag, and keeps only this session", () => {
    const { ref, temporaryPassword, sessionId } = newWingtipUser();
    const otherSession = startSession(getDb(), ref);
    expect(changePassword({ ref, sessionId }, change(temporaryPassword, "Coffee beans 42"))).toEqual({
      ok: true,
      data: { home: "/portal" },
    });
    const user = customerUser("kim@wingtiptoys.onmicrosoft.com");
    expect(verifyPassword("Coffee beans 42", user.passwordHash!)).toBe(true);
    expect(verifyPassword(temporaryPassword, user.passwordHash!)).toBe(false);
    expect(user.mustChangePassword).toBe(false);
    expect(isSessionLive(getDb(), sessionId, ref)).toBe(true);
    expect(isSessionLive(getDb(), otherSession, ref)).toBe(false);
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
  ])("refuses %s, changing nothing", (_name, input, field) => {
    const { ref, temporaryPassword, sessionId } = newWingtipUser();
    const result = changePassword({ ref, sessionId }, input(temporaryPassword));
    expect(result).toMatchObject({ ok: false, error: "invalid_input", fieldErrors: { [field]: expect.any(Array) } });
    const user = customerUser("kim@wingtiptoys.onmicrosoft.com");
    expect(verifyPassword(temporaryPassword, user.passwordHash!)).toBe(true);
    expect(user.mustChangePassword).toBe(true);
  });

  it("works for partner users too, and needs a session", () => {
    const ref = actorRef(demo.contosoSales);
    const sessionId = startSession(getDb(), ref);
    expect(changePassword({ ref, sessionId }, change("partner-demo", "Quarterly goals 2026!"))).toEqual({
      ok: true,
      data: { home: "/customers" },
    });
    expect(changePassword(null, change("Quarterly goals 2026!", "Another one 2027"))).toMatchObject({
      ok: false,
      error: "unauthenticated",
    });
  });
});
