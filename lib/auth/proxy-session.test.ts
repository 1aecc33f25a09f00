import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { vouchedSession, vouchForSession } from "./proxy-session";

describe("the session the proxy hands on to the door", () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = "a-secret-for-this-test";
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.NEXTAUTH_SECRET;
    else process.env.NEXTAUTH_SECRET = saved;
  });

  const session = { subject: "partner_user:12", sessionId: "Zm9vYmFyYmF6cXV4" };

  it("is read back as the proxy vouched for it", () => {
    expect(vouchedSession(vouchForSession(session))).toEqual(session);
  });

  it("is ignored when a client names a session of its own: another subject, another id, no signature", () => {
    const [, sessionId, signature] = vouchForSession(session).split(" ");
    expect(vouchedSession(`partner_user:1 ${sessionId} ${signature}`)).toBeNull();
    expect(vouchedSession(`partner_user:12 another-session ${signature}`)).toBeNull();
    expect(vouchedSession("partner_user:12 Zm9vYmFyYmF6cXV4")).toBeNull();
    expect(vouchedSession("partner_user:12 Zm9vYmFyYmF6cXV4 x")).toBeNull();
    expect(vouchedSession("")).toBeNull();
    expect(vouchedSession(null)).toBeNull();
  });

  it("is ignored once signed with another secret (another deployment, a rotated secret)", () => {
    const header = vouchForSession(session);
    process.env.NEXTAUTH_SECRET = "another-secret";
    expect(vouchedSession(header)).toBeNull();
  });
});
