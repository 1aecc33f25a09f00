import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { authenticatorApps, usedAuthenticatorCodes } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import type { UserRef } from "@/lib/access/actor";
import { actorRef, demo } from "@/testing/fixtures";
import { demoCodeAt } from "@/testing/mfa";
import { authenticatorCodeAt, newAuthenticatorKey } from "./authenticator-app";
import { confirmAuthenticatorCode, hasMfaMethod, showSecondFactor, type SecondFactor } from "./second-factor";
import { replaceRecoveryCodes } from "./security-info-store";

const now = new Date("2026-11-25T09:00:15Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const debra = "debra@contoso-csp.example";

const show = (user: UserRef, factor: SecondFactor, at = now) =>
  writeTransaction((tx) => showSecondFactor(tx, user, factor, null, at));

const usedSteps = async (user: UserRef) =>
  (
    await getDb()
      .select({ timeStep: usedAuthenticatorCodes.timeStep })
      .from(usedAuthenticatorCodes)
      .where(and(eq(usedAuthenticatorCodes.userKind, user.kind), eq(usedAuthenticatorCodes.userId, user.id)))
  ).map((row) => row.timeStep);

describe("an authenticator app code", () => {
  it("is accepted once: the same code again is refused, even later within its window", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const code = demoCodeAt(now);
    expect(await show(admin, { code })).toBe("authenticator_app");
    expect(await show(admin, { code })).toBeNull();
    expect(await show(admin, { code }, later(30_000))).toBeNull();
    // The next step's code is another code, and works.
    expect(await show(admin, { code: demoCodeAt(later(30_000)) }, later(30_000))).toBe("authenticator_app");
  });

  it("is accepted once per user: another user's app showing the same code is not held back", async () => {
    const code = demoCodeAt(now);
    expect(await show(await actorRef(demo.contosoAdmin), { code })).toBe("authenticator_app");
    expect(await show(await actorRef(demo.contosoSales), { code })).toBe("authenticator_app");
  });

  it("is accepted once when two requests show it at the same moment, each in its own transaction", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const code = demoCodeAt(now);
    const outcomes = await Promise.all([show(admin, { code }), show(admin, { code })]);
    expect(outcomes.filter((method) => method === "authenticator_app")).toHaveLength(1);
    expect(outcomes.filter((method) => method === null)).toHaveLength(1);
  });

  it("is refused when wrong, spending nothing", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const wrong = demoCodeAt(now) === "123456" ? "654321" : "123456";
    expect(await show(admin, { code: wrong })).toBeNull();
    expect(await show(admin, { code: "12345" })).toBeNull();
    expect(await usedSteps(admin)).toEqual([]);
    expect(await show(admin, { code: demoCodeAt(now) })).toBe("authenticator_app");
  });

  it("keeps the used steps of the window only: older ones are swept as new ones are written", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const step = Math.floor(now.getTime() / 30_000);
    expect(await show(admin, { code: demoCodeAt(now) })).toBe("authenticator_app");
    const hourLater = later(60 * 60_000);
    expect(await show(admin, { code: demoCodeAt(hourLater) }, hourLater)).toBe("authenticator_app");
    expect(await usedSteps(admin)).toEqual([step + 120]);
  });

  it("does not count while the app is being enrolled: an unconfirmed app is no method, its codes no second factor", async () => {
    const user = await actorRef(debra);
    const key = newAuthenticatorKey();
    await getDb()
      .insert(authenticatorApps)
      .values({ userKind: user.kind, userId: user.id, secret: key, createdAt: now, confirmedAt: null });
    expect(await hasMfaMethod(getDb(), user)).toBe(false);
    expect(await show(user, { code: authenticatorCodeAt(key, now) })).toBeNull();
    // Enrollment confirms it with such a code, once.
    const code = authenticatorCodeAt(key, later(30_000));
    expect(await writeTransaction((tx) => confirmAuthenticatorCode(tx, user, code, later(30_000)))).toBe(true);
    expect(await writeTransaction((tx) => confirmAuthenticatorCode(tx, user, code, later(30_000)))).toBe(false);
  });
});

describe("hasMfaMethod", () => {
  it("is true for the seeded partner users but the two who have not set MFA up, and false for customer users", async () => {
    expect(await hasMfaMethod(getDb(), await actorRef(demo.contosoAdmin))).toBe(true);
    expect(await hasMfaMethod(getDb(), await actorRef("grady@contoso-csp.example"))).toBe(true);
    expect(await hasMfaMethod(getDb(), await actorRef(debra))).toBe(false);
    expect(await hasMfaMethod(getDb(), await actorRef("christie@contoso-csp.example"))).toBe(false);
  });
});

describe("a recovery code", () => {
  it("works once, however it is typed; the others still work", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const codes = await writeTransaction((tx) => replaceRecoveryCodes(tx, admin, now));
    expect(await show(admin, { code: ` ${codes[0].toUpperCase().replace("-", " ")} ` })).toBe("recovery_code");
    expect(await show(admin, { code: codes[0] })).toBeNull();
    expect(await show(admin, { code: codes[1] })).toBe("recovery_code");
  });

  it("works once when two requests show it at the same moment", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const [code] = await writeTransaction((tx) => replaceRecoveryCodes(tx, admin, now));
    const outcomes = await Promise.all([show(admin, { code }), show(admin, { code })]);
    expect(outcomes.filter((method) => method === "recovery_code")).toHaveLength(1);
  });

  it("is only its user's", async () => {
    const [code] = await writeTransaction(async (tx) =>
      replaceRecoveryCodes(tx, await actorRef(demo.contosoAdmin), now),
    );
    expect(await show(await actorRef(demo.contosoSales), { code })).toBeNull();
  });

  it("is refused when it is none of the user's codes", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    await writeTransaction((tx) => replaceRecoveryCodes(tx, admin, now));
    expect(await show(admin, { code: "abcde-fghjk" })).toBeNull();
  });
});
