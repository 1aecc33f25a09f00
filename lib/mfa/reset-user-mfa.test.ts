import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activityEntries } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import { isSessionLive, startSession } from "@/lib/auth/sessions";
import { attemptSignIn } from "@/lib/auth/sign-in-attempt";
import { actorRef, demo, partnerUserId } from "@/testing/fixtures";
import { mfaSessionOf } from "@/testing/mfa";
import { recentMfaMs } from "./mfa-rules";
import { resetUserMfa } from "./reset-user-mfa";
import { hasMfaMethod } from "./second-factor";
import { recoveryCodesLeft, replaceRecoveryCodes } from "./security-info-store";

const start = new Date("2026-11-25T09:00:00Z");
const grady = "grady@contoso-csp.example";

const sessionOf = async (email: string, mfaAt = start) =>
  mfaSessionOf(await actorRef(email), mfaAt, "authenticator_app");
const resetEntries = () =>
  getDb().select().from(activityEntries).where(eq(activityEntries.operationType, "reset_user_mfa"));

describe("resetUserMfa", () => {
  it("lets an Admin agent take a user's methods and sessions away, with an activity entry; they enroll again", async () => {
    const user = await actorRef(grady);
    await writeTransaction((tx) => replaceRecoveryCodes(tx, user, start));
    const [laptop, phone] = [await startSession(getDb(), user, start), await startSession(getDb(), user, start)];

    expect(await resetUserMfa(await sessionOf(demo.contosoAdmin), { partnerUserId: user.id }, start)).toEqual({
      ok: true,
      data: { partnerUserId: user.id },
    });
    expect(await hasMfaMethod(getDb(), user)).toBe(false);
    expect(await recoveryCodesLeft(getDb(), user)).toBe(0);
    expect(await isSessionLive(getDb(), laptop, user, start)).toBe(false);
    expect(await isSessionLive(getDb(), phone, user, start)).toBe(false);
    const [entry, ...more] = await resetEntries();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actorEmail: demo.contosoAdmin, customerName: null, resourceType: "partner_user" });
    expect(JSON.parse(entry.newValue!)).toEqual({ userPrincipalName: grady });
    // The password alone now signs in half way: to set MFA up again.
    expect(
      await attemptSignIn({ name: grady, password: "partner-demo", clientAddress: "203.0.113.10", now: start }),
    ).toMatchObject({ ok: true });
  });

  it("refuses a Sales or Help desk agent", async () => {
    for (const agent of [demo.contosoSales, demo.contosoHelpdesk]) {
      expect(await resetUserMfa(await sessionOf(agent), { partnerUserId: await partnerUserId(grady) }, start)).toEqual({
        ok: false,
        error: "forbidden",
        reason: "errors.forbidden",
      });
    }
    expect(await hasMfaMethod(getDb(), await actorRef(grady))).toBe(true);
  });

  it("does not find another partner's user", async () => {
    expect(
      await resetUserMfa(await sessionOf(demo.fabrikamAdmin), { partnerUserId: await partnerUserId(grady) }, start),
    ).toMatchObject({ ok: false, error: "not_found" });
    expect(await hasMfaMethod(getDb(), await actorRef(grady))).toBe(true);
  });

  it("refuses the Admin agent's own: their Security info page is where they change it", async () => {
    const admin = await sessionOf(demo.contosoAdmin);
    expect(await resetUserMfa(admin, { partnerUserId: admin.ref.id }, start)).toEqual({
      ok: false,
      error: "forbidden",
      reason: "mfa.errors.resetOwn",
    });
    expect(await hasMfaMethod(getDb(), admin.ref)).toBe(true);
  });

  it("asks the Admin agent to show their second factor again when it is 15 minutes old", async () => {
    const partnerUserId = (await actorRef(grady)).id;
    const stale = await sessionOf(demo.contosoAdmin, new Date(start.getTime() - recentMfaMs));
    expect(await resetUserMfa(stale, { partnerUserId }, start)).toMatchObject({
      ok: false,
      error: "recent_mfa_required",
    });
    const half = await mfaSessionOf(await actorRef(demo.contosoAdmin), start, null);
    expect(await resetUserMfa(half, { partnerUserId }, start)).toMatchObject({
      ok: false,
      error: "recent_mfa_required",
    });
    expect(await hasMfaMethod(getDb(), await actorRef(grady))).toBe(true);
    expect(await resetEntries()).toEqual([]);
  });

  it("refuses no session and an input that names nobody", async () => {
    expect(await resetUserMfa(null, { partnerUserId: 1 }, start)).toMatchObject({ error: "unauthenticated" });
    expect(await resetUserMfa(await sessionOf(demo.contosoAdmin), { partnerUserId: "x" }, start)).toMatchObject({
      error: "invalid_input",
    });
  });
});
