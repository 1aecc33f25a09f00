import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { partners, partnerUsers, sessions } from "@/db/schema";
import { actorRef, demo, partnerUserId } from "@/testing/fixtures";
import { entraConfiguration, signInWithEntra } from "./entra";
import { entraSignInError } from "./entra-sign-in-error";
import { liveSession } from "./sessions";

const now = new Date("2026-11-25T09:00:00Z");

async function tenantOf(partnerName: string): Promise<string> {
  const [partner] = await getDb()
    .select({ tenantId: partners.tenantId })
    .from(partners)
    .where(eq(partners.name, partnerName))
    .limit(1);
  return partner.tenantId;
}
const contosoTenant = () => tenantOf("Contoso CSP");

/** An ID token's claims for a person in Contoso's tenant, as Entra sends them with the email optional claim. */
async function contosoToken(overrides: Record<string, unknown> = {}) {
  return {
    sub: "pairwise-subject",
    tid: await contosoTenant(),
    oid: "6f1d2c9e-0b5a-4f7e-9c3d-2a8b7e4f1c05",
    email: demo.contosoAdmin,
    email_verified: true,
    name: "Adele Vance",
    amr: ["pwd"],
    ...overrides,
  };
}

async function linkedObjectId(email: string): Promise<string | null> {
  const [user] = await getDb()
    .select({ entraObjectId: partnerUsers.entraObjectId })
    .from(partnerUsers)
    .where(eq(partnerUsers.email, email))
    .limit(1);
  return user.entraObjectId;
}

const sessionCount = async () => (await getDb().select({ idHash: sessions.idHash }).from(sessions)).length;

/** Refused, and nothing written: no session, no link. */
async function expectRefused(claims: unknown) {
  const before = await sessionCount();
  expect(await signInWithEntra(claims, now)).toMatchObject({
    ok: false,
    error: "unauthenticated",
    reason: "signIn.entra.refused",
  });
  expect(await sessionCount()).toBe(before);
}

describe("signing in with Microsoft", () => {
  it("matches the partner user by tenant and verified e-mail, links the object id and starts a half signed-in session without MFA in amr", async () => {
    const signedIn = await signInWithEntra(await contosoToken(), now);
    expect(signedIn).toEqual({
      ok: true,
      data: { user: await actorRef(demo.contosoAdmin), sessionId: expect.any(String) },
    });
    if (!signedIn.ok) return;
    expect(await linkedObjectId(demo.contosoAdmin)).toBe("6f1d2c9e-0b5a-4f7e-9c3d-2a8b7e4f1c05");
    expect(await liveSession(getDb(), signedIn.data.sessionId, signedIn.data.user, now)).toEqual({
      mfaMethod: null,
      mfaAt: null,
    });
  });

  it("counts Entra's MFA as the session's second factor when amr says it was done", async () => {
    const signedIn = await signInWithEntra(await contosoToken({ amr: ["pwd", "mfa"] }), now);
    if (!signedIn.ok) throw new Error(signedIn.reason);
    expect(await liveSession(getDb(), signedIn.data.sessionId, signedIn.data.user, now)).toEqual({
      mfaMethod: "entra",
      mfaAt: now,
    });
  });

  it("once linked, knows the person by object id, whatever the token's e-mail says now", async () => {
    await signInWithEntra(await contosoToken(), now);
    const renamed = await contosoToken({ email: "adele.vance@contoso-csp.example", email_verified: false });
    expect(await signInWithEntra(renamed, now)).toMatchObject({
      ok: true,
      data: { user: await actorRef(demo.contosoAdmin) },
    });
    const withoutEmail = await contosoToken({ email: undefined, email_verified: undefined });
    expect(await signInWithEntra(withoutEmail, now)).toMatchObject({ ok: true });
  });

  it("once linked, refuses another account of the tenant showing the same e-mail: it does not take the user over", async () => {
    await signInWithEntra(await contosoToken(), now);
    await expectRefused(await contosoToken({ oid: "0c7e5b1a-93d4-4e2f-8a6b-5d1f0e9c3b27" }));
    expect(await linkedObjectId(demo.contosoAdmin)).toBe("6f1d2c9e-0b5a-4f7e-9c3d-2a8b7e4f1c05");
  });

  it("takes Entra's xms_edov (the e-mail's domain is the tenant's own) as a verified e-mail", async () => {
    const token = await contosoToken({ email_verified: undefined, xms_edov: true });
    expect(await signInWithEntra(token, now)).toMatchObject({ ok: true });
  });

  it("refuses an e-mail nothing vouches for, and never matches by preferred_username or upn", async () => {
    await expectRefused(await contosoToken({ email_verified: false }));
    await expectRefused(await contosoToken({ email_verified: undefined }));
    await expectRefused(await contosoToken({ email_verified: "true" }));
    await expectRefused(
      await contosoToken({
        email: undefined,
        email_verified: undefined,
        preferred_username: demo.contosoAdmin,
        upn: demo.contosoAdmin,
      }),
    );
    expect(await linkedObjectId(demo.contosoAdmin)).toBeNull();
  });

  it("refuses someone the partner has no user for, and creates nobody", async () => {
    const users = (await getDb().select({ id: partnerUsers.id }).from(partnerUsers)).length;
    await expectRefused(await contosoToken({ email: "megan@contoso-csp.example" }));
    expect((await getDb().select({ id: partnerUsers.id }).from(partnerUsers)).length).toBe(users);
  });

  it("refuses a token from another tenant, even with a partner user's e-mail", async () => {
    await expectRefused(await contosoToken({ tid: "3d1b7f52-6a0e-4c89-b2f4-9e7a1c5d8036" }));
    // Fabrikam's own tenant does not reach Contoso's users either, nor Contoso's Fabrikam's.
    await expectRefused(await contosoToken({ tid: await tenantOf("Fabrikam Partners") }));
    await expectRefused(await contosoToken({ email: demo.fabrikamAdmin }));
    expect(await linkedObjectId(demo.contosoAdmin)).toBeNull();
  });

  it("refuses a deactivated user, by e-mail and once linked", async () => {
    await signInWithEntra(await contosoToken(), now);
    await getDb()
      .update(partnerUsers)
      .set({ active: false })
      .where(eq(partnerUsers.id, await partnerUserId(demo.contosoAdmin)));
    await expectRefused(await contosoToken());

    const sales = await contosoToken({ oid: "a4e8c2d6-1f3b-4a5c-9e7d-0b2f6c8a4e19", email: demo.contosoSales });
    await getDb()
      .update(partnerUsers)
      .set({ active: false })
      .where(eq(partnerUsers.id, await partnerUserId(demo.contosoSales)));
    await expectRefused(sales);
    expect(await linkedObjectId(demo.contosoSales)).toBeNull();
  });

  it("refuses a token without a tenant or an object id", async () => {
    await expectRefused(await contosoToken({ oid: undefined }));
    await expectRefused(await contosoToken({ tid: undefined }));
    await expectRefused(undefined);
  });
});

describe("Sign in with Microsoft's configuration", () => {
  const all = {
    ENTRA_ISSUER: "https://login.microsoftonline.com/organizations/v2.0/",
    ENTRA_CLIENT_ID: "app",
    ENTRA_CLIENT_SECRET: "s",
  };

  it("is on with all three settings, the issuer without its trailing slash", () => {
    expect(entraConfiguration(all)).toEqual({
      issuer: "https://login.microsoftonline.com/organizations/v2.0",
      clientId: "app",
      clientSecret: "s",
    });
  });

  it.each(["ENTRA_ISSUER", "ENTRA_CLIENT_ID", "ENTRA_CLIENT_SECRET"])("is off without %s", (missing) => {
    expect(entraConfiguration({ ...all, [missing]: "" })).toBeNull();
    expect(entraConfiguration({ ...all, [missing]: undefined })).toBeNull();
  });
});

describe("the sign-in page's words for a Microsoft sign-in that came back", () => {
  it("tells a refusal from a sign-in that broke off, and says nothing of other errors", () => {
    expect(entraSignInError("EntraRefused")).toBe("refused");
    expect(entraSignInError("OAuthCallback")).toBe("failed");
    expect(entraSignInError("OAuthSignin")).toBe("failed");
    expect(entraSignInError("CredentialsSignin")).toBeNull();
    expect(entraSignInError(undefined)).toBeNull();
  });
});
