import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { apiKeys } from "@/db/schema";
import type { UserRef } from "@/lib/access/actor";
import { verifyPassword } from "@/lib/auth/password";
import { actorRef, customerUser, demo } from "@/testing/fixtures";
import { resetCustomerUserPasswordAction } from "./customers/[customerId]/users/actions";
import { createApiKeyAction } from "./settings/actions";

// The doors read the session from the request's cookie; here the test says whose it is and whether its MFA is recent.
const request = vi.hoisted(() => ({ user: null as UserRef | null, recentMfa: false }));
vi.mock("@/lib/auth/current-actor", () => ({
  getActorRef: async () => request.user,
  hasRecentSessionMfa: async () => request.user !== null && request.recentMfa,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/i18n/server", async () => {
  const { describeResult, inEnglish } = await import("@/lib/i18n/describe");
  return { inReadersWords: async (result: never) => describeResult(await result, inEnglish) };
});

const alex = "alex@wingtiptoys.onmicrosoft.com";

function apiKeyForm(name: string) {
  const form = new FormData();
  form.set("name", name);
  form.set("accessLevel", "read_only");
  form.set("expiresInDays", "30");
  return form;
}

async function signedInAsAdmin({ recentMfa }: { recentMfa: boolean }) {
  request.user = await actorRef(demo.contosoAdmin);
  request.recentMfa = recentMfa;
}

describe("the most sensitive acts, from the dashboard", () => {
  it("create no API key when the session's last MFA is not recent, and ask to verify again", async () => {
    await signedInAsAdmin({ recentMfa: false });
    const before = await getDb().select().from(apiKeys);
    expect(await createApiKeyAction(apiKeyForm("nightly-sync"))).toMatchObject({
      ok: false,
      error: "recent_mfa_required",
    });
    expect(await getDb().select().from(apiKeys)).toEqual(before);

    await signedInAsAdmin({ recentMfa: true });
    expect(await createApiKeyAction(apiKeyForm("nightly-sync"))).toMatchObject({ ok: true });
  });

  it("reset no customer user's password when the session's last MFA is not recent", async () => {
    const form = new FormData();
    form.set("userId", (await customerUser(alex)).objectId);
    await signedInAsAdmin({ recentMfa: false });
    expect(await resetCustomerUserPasswordAction(form)).toMatchObject({ ok: false, error: "recent_mfa_required" });
    expect(verifyPassword("partner-demo", (await customerUser(alex)).passwordHash!)).toBe(true);

    await signedInAsAdmin({ recentMfa: true });
    expect(await resetCustomerUserPasswordAction(form)).toMatchObject({ ok: true });
    expect(verifyPassword("partner-demo", (await customerUser(alex)).passwordHash!)).toBe(false);
  });

  it("leave a signed-out request to the use case, which says to sign in", async () => {
    request.user = null;
    expect(await createApiKeyAction(apiKeyForm("nightly-sync"))).toMatchObject({ ok: false, error: "unauthenticated" });
  });
});
