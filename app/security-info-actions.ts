"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getSession } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { confirmAuthenticatorApp } from "@/lib/mfa/authenticator-enrollment";
import { addPasskey } from "@/lib/mfa/passkey-enrollment";
import { relyingPartyOf } from "@/lib/mfa/relying-party";
import { removeSecurityMethod, renewRecoveryCodes } from "@/lib/mfa/security-info";
import type { Result } from "@/lib/result";

// The Security info pages' changes (the dashboard's and the customer area's), for a session fully signed in: each
// acts on the user's own methods and shows the page again with the change. Setting a method up starts in
// app/mfa-actions.ts, as the MFA step's does.

async function shown<T>(result: Result<T>): Promise<Result<T>> {
  const session = await getSession();
  if (result.ok && session) {
    revalidatePath(session.ref.kind === "partner_user" ? "/settings/security" : "/portal/security");
  }
  return result;
}

export async function confirmAuthenticatorAppOnPageAction(input: unknown) {
  return inReadersWords(shown(await confirmAuthenticatorApp(await getSession(), input)));
}

export async function addPasskeyOnPageAction(input: unknown) {
  return inReadersWords(shown(await addPasskey(await getSession(), input, relyingPartyOf(await headers()))));
}

export async function removeSecurityMethodAction(input: unknown) {
  return inReadersWords(shown(await removeSecurityMethod(await getSession(), input)));
}

export async function renewRecoveryCodesAction() {
  return inReadersWords(shown(await renewRecoveryCodes(await getSession())));
}
