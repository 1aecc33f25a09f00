import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activityEntries, signInThrottles } from "@/db/schema";
import { liveSession } from "@/lib/auth/sessions";
import { actorRef, demo } from "@/testing/fixtures";
import { demoCodeAt, mfaSessionOf } from "@/testing/mfa";
import { verifySessionMfa } from "./verify-session-mfa";

const start = new Date("2026-11-25T09:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const clientAddress = "203.0.113.10";
const wrongCodeAt = (now: Date) => (demoCodeAt(now) === "123456" ? "654321" : "123456");

const verify = (session: Parameters<typeof verifySessionMfa>[0], code: string, now: Date) =>
  verifySessionMfa(session, { code }, { relyingParty: null, clientAddress, now });

const lockoutEntries = () =>
  getDb().select().from(activityEntries).where(eq(activityEntries.operationType, "sign_in_lockout"));

describe("verifySessionMfa", () => {
  it("completes a half signed-in session with the authenticator app's code, recording how and when", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const session = await mfaSessionOf(admin, start, null);
    expect(await verify(session, demoCodeAt(at(5_000)), at(5_000))).toEqual({
      ok: true,
      data: { method: "authenticator_app" },
    });
    expect(await liveSession(getDb(), session.sessionId, admin, at(5_000))).toEqual({
      mfaMethod: "authenticator_app",
      mfaAt: at(5_000),
    });
  });

  it("verifies a signed-in session again (a sensitive act), moving its MFA time on; a used code is refused", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const session = await mfaSessionOf(admin, start, "authenticator_app");
    const code = demoCodeAt(at(20 * 60_000));
    expect(await verify(session, code, at(20 * 60_000))).toMatchObject({ ok: true });
    expect(await liveSession(getDb(), session.sessionId, admin, at(20 * 60_000))).toMatchObject({
      mfaAt: at(20 * 60_000),
    });
    expect(await verify(session, code, at(20 * 60_000 + 1_000))).toEqual({
      ok: false,
      error: "invalid_input",
      reason: "mfa.errors.wrongCode",
    });
  });

  it("refuses a wrong code, leaving the session without MFA", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const session = await mfaSessionOf(admin, start, null);
    expect(await verify(session, wrongCodeAt(start), start)).toEqual({
      ok: false,
      error: "invalid_input",
      reason: "mfa.errors.wrongCode",
    });
    expect(await liveSession(getDb(), session.sessionId, admin, start)).toEqual({ mfaMethod: null, mfaAt: null });
  });

  it("counts wrong codes toward the account's lockout: the 10th locks it, the right code included, with an entry", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const session = await mfaSessionOf(admin, start, null);
    for (let i = 0; i < 9; i++) {
      expect(await verify(session, wrongCodeAt(at(i * 1000)), at(i * 1000))).toMatchObject({
        error: "invalid_input",
      });
    }
    expect(await verify(session, wrongCodeAt(at(9_000)), at(9_000))).toEqual({
      ok: false,
      error: "too_many_attempts",
      reason: "mfa.errors.lockedOut",
      values: { minutes: 1 },
    });
    expect(await verify(session, demoCodeAt(at(40_000)), at(40_000))).toMatchObject({ error: "too_many_attempts" });
    expect(await liveSession(getDb(), session.sessionId, admin, at(40_000))).toEqual({ mfaMethod: null, mfaAt: null });
    const [lockout, ...more] = await lockoutEntries();
    expect(more).toEqual([]);
    expect(lockout).toMatchObject({ actorEmail: demo.contosoAdmin, customerName: null });
    expect(JSON.parse(lockout.newValue!)).toMatchObject({
      userPrincipalName: demo.contosoAdmin,
      lockedUntil: at(69_000).toISOString(),
      failedAttempts: 10,
      clientAddress,
    });
    // The lock over, the code of the time (not spent while locked) verifies, and the count starts over.
    expect(await verify(session, demoCodeAt(at(69_000)), at(69_000))).toMatchObject({ ok: true });
    const [throttle] = await getDb()
      .select()
      .from(signInThrottles)
      .where(eq(signInThrottles.key, `account:${demo.contosoAdmin}`));
    expect(throttle).toMatchObject({ failures: 0, lockouts: 0, lockedUntil: null });
  });

  it("refuses no session and input that is neither a code nor a passkey", async () => {
    expect(await verify(null, demoCodeAt(start), start)).toMatchObject({ ok: false, error: "unauthenticated" });
    const session = await mfaSessionOf(await actorRef(demo.contosoAdmin), start, null);
    expect(
      await verifySessionMfa(session, { code: "123456", extra: 1 }, { relyingParty: null, clientAddress, now: start }),
    ).toMatchObject({ ok: false, error: "invalid_input" });
  });
});
