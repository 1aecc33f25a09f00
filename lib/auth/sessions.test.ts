import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { actorRef, customerActorRef, demo } from "@/db/testing/fixtures";
import { endSession, endUserSessions, isSessionLive, sessionLifetimeMs, startSession } from "./sessions";
import { signOutEverywhere } from "./sign-out-everywhere";

const admin = () => actorRef(demo.contosoAdmin);

describe("sessions", () => {
  it("live from sign-in until sign-out; an ended session's id no longer signs anyone in", () => {
    const session = startSession(getDb(), admin());
    expect(isSessionLive(getDb(), session, admin())).toBe(true);
    endSession(getDb(), session);
    expect(isSessionLive(getDb(), session, admin())).toBe(false);
  });

  it("belong to the user who signed in: the id with another user is no session", () => {
    const session = startSession(getDb(), admin());
    expect(isSessionLive(getDb(), session, actorRef(demo.contosoSales))).toBe(false);
    expect(isSessionLive(getDb(), session, customerActorRef("alex@wingtiptoys.onmicrosoft.com"))).toBe(false);
  });

  it("end on their own after their lifetime", () => {
    const start = new Date("2026-11-25T08:00:00Z");
    const session = startSession(getDb(), admin(), start);
    expect(isSessionLive(getDb(), session, admin(), new Date(start.getTime() + sessionLifetimeMs - 1))).toBe(true);
    expect(isSessionLive(getDb(), session, admin(), new Date(start.getTime() + sessionLifetimeMs))).toBe(false);
  });

  it("keep only a hash of their id", () => {
    const session = startSession(getDb(), admin());
    const stored = getDb().$client.prepare("select id_hash from sessions").all() as { id_hash: string }[];
    expect(stored.map((row) => row.id_hash)).not.toContain(session);
  });

  it("all end with Sign out everywhere, and only that user's", () => {
    const [laptop, phone] = [startSession(getDb(), admin()), startSession(getDb(), admin())];
    const colleague = startSession(getDb(), actorRef(demo.contosoSales));
    expect(signOutEverywhere(admin())).toEqual({ ok: true, data: { ended: 2 } });
    expect(isSessionLive(getDb(), laptop, admin())).toBe(false);
    expect(isSessionLive(getDb(), phone, admin())).toBe(false);
    expect(isSessionLive(getDb(), colleague, actorRef(demo.contosoSales))).toBe(true);
    expect(signOutEverywhere(null)).toMatchObject({ ok: false, error: "unauthenticated" });
  });

  it("can all end but one (after a password change, the session that changed it goes on)", () => {
    const [current, other] = [startSession(getDb(), admin()), startSession(getDb(), admin())];
    expect(endUserSessions(getDb(), admin(), current)).toBe(1);
    expect(isSessionLive(getDb(), current, admin())).toBe(true);
    expect(isSessionLive(getDb(), other, admin())).toBe(false);
  });
});
