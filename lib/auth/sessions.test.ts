import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { sessions } from "@/db/schema";
import { actorRef, customerActorRef, demo } from "@/testing/fixtures";
import { loadActor, loadSignedInActor } from "@/lib/access/actor";
import {
  endSession,
  endUserSessions,
  isSessionLive,
  liveSession,
  requestSession,
  sessionLifetimeMs,
  startSession,
} from "./sessions";
import { signOutEverywhere } from "./sign-out-everywhere";

const admin = () => actorRef(demo.contosoAdmin);

describe("sessions", () => {
  it("live from sign-in until sign-out; an ended session's id no longer signs anyone in", async () => {
    const session = await startSession(getDb(), await admin());
    expect(await isSessionLive(getDb(), session, await admin())).toBe(true);
    await endSession(getDb(), session);
    expect(await isSessionLive(getDb(), session, await admin())).toBe(false);
  });

  it("belong to the user who signed in: the id with another user is no session", async () => {
    const session = await startSession(getDb(), await admin());
    expect(await isSessionLive(getDb(), session, await actorRef(demo.contosoSales))).toBe(false);
    expect(await isSessionLive(getDb(), session, await customerActorRef("alex@wingtiptoys.onmicrosoft.com"))).toBe(
      false,
    );
  });

  it("end on their own after their lifetime", async () => {
    const start = new Date("2026-11-25T08:00:00Z");
    const session = await startSession(getDb(), await admin(), start);
    expect(
      await isSessionLive(getDb(), session, await admin(), new Date(start.getTime() + sessionLifetimeMs - 1)),
    ).toBe(true);
    expect(await isSessionLive(getDb(), session, await admin(), new Date(start.getTime() + sessionLifetimeMs))).toBe(
      false,
    );
  });

  it("keep only a hash of their id", async () => {
    const session = await startSession(getDb(), await admin());
    const stored = await getDb().select({ idHash: sessions.idHash }).from(sessions);
    expect(stored.map((row) => row.idHash)).not.toContain(session);
  });

  it("all end with Sign out everywhere, and only that user's", async () => {
    const [laptop, phone] = [await startSession(getDb(), await admin()), await startSession(getDb(), await admin())];
    const colleague = await startSession(getDb(), await actorRef(demo.contosoSales));
    expect(await signOutEverywhere(await admin())).toEqual({ ok: true, data: { ended: 2 } });
    expect(await isSessionLive(getDb(), laptop, await admin())).toBe(false);
    expect(await isSessionLive(getDb(), phone, await admin())).toBe(false);
    expect(await isSessionLive(getDb(), colleague, await actorRef(demo.contosoSales))).toBe(true);
    expect(await signOutEverywhere(null)).toMatchObject({ ok: false, error: "unauthenticated" });
  });

  it("can all end but one (after a password change, the session that changed it goes on)", async () => {
    const [current, other] = [await startSession(getDb(), await admin()), await startSession(getDb(), await admin())];
    expect(await endUserSessions(getDb(), await admin(), current)).toBe(1);
    expect(await isSessionLive(getDb(), current, await admin())).toBe(true);
    expect(await isSessionLive(getDb(), other, await admin())).toBe(false);
  });

  it("read for a request through its prepared statement as liveSession reads them, on every call", async () => {
    const user = await admin();
    const session = await startSession(getDb(), user, new Date(), "authenticator_app");
    const live = await requestSession(session, user);
    expect(live).toEqual(await liveSession(getDb(), session, user));
    expect(live?.mfaMethod).toBe("authenticator_app");
    expect(await requestSession(session, await actorRef(demo.contosoSales))).toBeNull();
    const expired = await startSession(getDb(), user, new Date(Date.now() - sessionLifetimeMs - 1));
    expect(await requestSession(expired, user)).toBeNull();
    await endSession(getDb(), session);
    expect(await requestSession(session, user)).toBeNull();
  });

  it("name a signed-in user read through a prepared statement exactly as loadActor reads them", async () => {
    for (const ref of [await admin(), await customerActorRef("alex@wingtiptoys.onmicrosoft.com")]) {
      const actor = await loadSignedInActor(ref);
      expect(actor).not.toBeNull();
      expect(actor).toEqual(await loadActor(getDb(), ref));
    }
  });
});
