import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activityEntries, authenticatorApps } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import type { UserRef } from "@/lib/access/actor";
import { liveSession } from "@/lib/auth/sessions";
import { attemptSignIn } from "@/lib/auth/sign-in-attempt";
import { actorRef, customerActorRef, demo } from "@/testing/fixtures";
import { mfaSessionOf } from "@/testing/mfa";
import { authenticatorCodeAt } from "./authenticator-app";
import { beginAuthenticatorApp, confirmAuthenticatorApp } from "./authenticator-enrollment";
import { recentMfaMs } from "./mfa-rules";
import type { MfaSession } from "./mfa-session";
import { hasMfaMethod, showSecondFactor } from "./second-factor";
import { readSecurityInfo, removeSecurityMethod, renewRecoveryCodes } from "./security-info";

const start = new Date("2026-11-25T09:00:15Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const debra = "debra@contoso-csp.example";
const alex = "alex@wingtiptoys.onmicrosoft.com";

const entriesOf = (operationType: string) =>
  getDb().select().from(activityEntries).where(eq(activityEntries.operationType, operationType));

const appOf = async (user: UserRef) =>
  (
    await getDb()
      .select()
      .from(authenticatorApps)
      .where(and(eq(authenticatorApps.userKind, user.kind), eq(authenticatorApps.userId, user.id)))
  )[0];

/** Adds an authenticator app as the Security info page does: a key, then a code the app made from it. */
async function enroll(session: MfaSession, now: Date) {
  const begun = await beginAuthenticatorApp(session, now);
  if (!begun.ok) throw new Error(begun.error);
  return {
    key: begun.data.key,
    confirmed: await confirmAuthenticatorApp(session, { code: authenticatorCodeAt(begun.data.key, now) }, now),
  };
}

describe("adding an authenticator app", () => {
  it("gives the user's first method ten recovery codes, verifies the session and writes an activity entry", async () => {
    const user = await actorRef(debra);
    const session = await mfaSessionOf(user, start, null);
    const begun = await beginAuthenticatorApp(session, start);
    if (!begun.ok) throw new Error(begun.error);
    expect(begun.data.uri).toContain(`secret=${begun.data.key}`);
    expect(await hasMfaMethod(getDb(), user)).toBe(false);

    const confirmed = await confirmAuthenticatorApp(
      session,
      { code: authenticatorCodeAt(begun.data.key, start) },
      start,
    );
    if (!confirmed.ok) throw new Error(confirmed.error);
    expect(confirmed.data.recoveryCodes).toHaveLength(10);
    expect(await hasMfaMethod(getDb(), user)).toBe(true);
    expect(await liveSession(getDb(), session.sessionId, user, start)).toEqual({
      mfaMethod: "authenticator_app",
      mfaAt: start,
    });
    const [entry, ...more] = await entriesOf("register_security_info");
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actorEmail: debra, customerName: null, resourceType: "partner_user" });
    expect(JSON.parse(entry.newValue!)).toEqual({ userPrincipalName: debra, method: "authenticator_app" });

    const verified = { ...session, mfaMethod: "authenticator_app" as const, mfaAt: start };
    expect(await readSecurityInfo(verified, start)).toEqual({
      ok: true,
      data: { authenticatorApp: { addedAt: start }, passkeys: [], recoveryCodesLeft: 10, mayChange: true },
    });
    // The codes shown are the ones kept.
    expect(
      await writeTransaction((tx) =>
        showSecondFactor(tx, user, { code: confirmed.data.recoveryCodes![3] }, null, start),
      ),
    ).toBe("recovery_code");
  });

  it("is not confirmed by a wrong code: the app stays unconfirmed, no method", async () => {
    const user = await actorRef(debra);
    const session = await mfaSessionOf(user, start, null);
    const begun = await beginAuthenticatorApp(session, start);
    if (!begun.ok) throw new Error(begun.error);
    const wrong = authenticatorCodeAt(begun.data.key, at(10 * 60_000));
    expect(await confirmAuthenticatorApp(session, { code: wrong }, start)).toEqual({
      ok: false,
      error: "invalid_input",
      reason: "mfa.errors.wrongCode",
    });
    expect(await appOf(user)).toMatchObject({ confirmedAt: null });
    expect(await hasMfaMethod(getDb(), user)).toBe(false);
    expect(await liveSession(getDb(), session.sessionId, user, start)).toEqual({ mfaMethod: null, mfaAt: null });
  });

  it("starting again replaces the unconfirmed key", async () => {
    const user = await actorRef(debra);
    const session = await mfaSessionOf(user, start, null);
    const first = await beginAuthenticatorApp(session, start);
    const second = await beginAuthenticatorApp(session, start);
    if (!first.ok || !second.ok) throw new Error("not begun");
    expect(second.data.key).not.toBe(first.data.key);
    expect(
      await confirmAuthenticatorApp(session, { code: authenticatorCodeAt(first.data.key, start) }, start),
    ).toMatchObject({ ok: false, reason: "mfa.errors.wrongCode" });
    expect(
      await confirmAuthenticatorApp(session, { code: authenticatorCodeAt(second.data.key, start) }, start),
    ).toMatchObject({ ok: true });
  });

  it("is refused once the user has one: one app a user", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    expect(await beginAuthenticatorApp(await mfaSessionOf(admin, start, "authenticator_app"), start)).toEqual({
      ok: false,
      error: "conflict",
      reason: "mfa.errors.authenticatorAppExists",
    });
  });
});

describe("a user with a method", () => {
  it("must have shown it in the last 15 minutes to change anything, and a half signed-in session never has", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const stale = await mfaSessionOf(admin, at(-recentMfaMs), "authenticator_app");
    const half = await mfaSessionOf(admin, start, null);
    for (const session of [stale, half]) {
      expect(await beginAuthenticatorApp(session, start)).toMatchObject({ ok: false, error: "recent_mfa_required" });
      expect(await confirmAuthenticatorApp(session, { code: "123456" }, start)).toMatchObject({
        ok: false,
        error: "recent_mfa_required",
      });
      expect(await removeSecurityMethod(session, { method: "authenticator_app" }, start)).toMatchObject({
        ok: false,
        error: "recent_mfa_required",
      });
      expect(await renewRecoveryCodes(session, start)).toMatchObject({ ok: false, error: "recent_mfa_required" });
      expect(await readSecurityInfo(session, start)).toMatchObject({ ok: true, data: { mayChange: false } });
    }
    expect(await hasMfaMethod(getDb(), admin)).toBe(true);
  });

  it("who is a partner user cannot remove their last one: MFA is required of them", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const session = await mfaSessionOf(admin, start, "authenticator_app");
    expect(await removeSecurityMethod(session, { method: "authenticator_app" }, start)).toEqual({
      ok: false,
      error: "conflict",
      reason: "mfa.errors.lastMethod",
    });
    expect(await hasMfaMethod(getDb(), admin)).toBe(true);
    expect(await entriesOf("delete_security_info")).toEqual([]);
  });

  it("who is a customer user turns MFA off by removing their last one, and signs in with the password again", async () => {
    const user = await customerActorRef(alex);
    const { confirmed } = await enroll(await mfaSessionOf(user, start, null), start);
    expect(confirmed).toMatchObject({ ok: true });
    expect(
      await attemptSignIn({ name: alex, password: "partner-demo", clientAddress: "203.0.113.10", now: at(60_000) }),
    ).toEqual({ ok: false, error: "second_factor_required" });

    const session = await mfaSessionOf(user, at(60_000), "authenticator_app");
    expect(await removeSecurityMethod(session, { method: "authenticator_app" }, at(60_000))).toEqual({
      ok: true,
      data: { mfaOn: false },
    });
    expect(await hasMfaMethod(getDb(), user)).toBe(false);
    expect(await readSecurityInfo(session, at(60_000))).toMatchObject({
      ok: true,
      data: { authenticatorApp: null, recoveryCodesLeft: 0 },
    });
    const [entry] = await entriesOf("delete_security_info");
    expect(entry).toMatchObject({ actorEmail: alex, customerName: "Wingtip Toys", resourceType: "customer_user" });
    expect(JSON.parse(entry.newValue!)).toEqual({ userPrincipalName: alex, method: "authenticator_app" });
    expect(
      await attemptSignIn({ name: alex, password: "partner-demo", clientAddress: "203.0.113.10", now: at(120_000) }),
    ).toMatchObject({ ok: true });
  });

  it("is told when the method to remove is not theirs", async () => {
    const session = await mfaSessionOf(await actorRef(demo.contosoAdmin), start, "authenticator_app");
    expect(await removeSecurityMethod(session, { method: "passkey", passkeyId: 1 }, start)).toEqual({
      ok: false,
      error: "not_found",
      reason: "mfa.errors.methodNotFound",
    });
  });
});

describe("renewRecoveryCodes", () => {
  it("gives ten new codes and voids the old ones, with an activity entry", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const session = await mfaSessionOf(admin, start, "authenticator_app");
    const first = await renewRecoveryCodes(session, start);
    const second = await renewRecoveryCodes(session, at(1_000));
    if (!first.ok || !second.ok) throw new Error("not renewed");
    expect(second.data.recoveryCodes).toHaveLength(10);
    const show = (code: string) => writeTransaction((tx) => showSecondFactor(tx, admin, { code }, null, at(2_000)));
    expect(await show(first.data.recoveryCodes[0])).toBeNull();
    expect(await show(second.data.recoveryCodes[0])).toBe("recovery_code");
    const entries = await entriesOf("register_security_info");
    expect(entries.map((entry) => JSON.parse(entry.newValue!))).toEqual([
      { userPrincipalName: demo.contosoAdmin, method: "recovery_codes" },
      { userPrincipalName: demo.contosoAdmin, method: "recovery_codes" },
    ]);
  });

  it("needs a method to go with them", async () => {
    const session = await mfaSessionOf(await actorRef(debra), start, "authenticator_app");
    expect(await renewRecoveryCodes(session, start)).toMatchObject({ ok: false, error: "prerequisite_missing" });
  });
});
