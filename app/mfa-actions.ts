"use server";

import type { PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { headers } from "next/headers";
import { writeTransaction } from "@/db/transaction";
import { getStartedSession } from "@/lib/auth/current-actor";
import { clientAddressOf } from "@/lib/http/client-address";
import { inReadersWords } from "@/lib/i18n/server";
import { beginAuthenticatorApp, confirmAuthenticatorApp } from "@/lib/mfa/authenticator-enrollment";
import { addPasskey, beginPasskey } from "@/lib/mfa/passkey-enrollment";
import { passkeySignInOptions } from "@/lib/mfa/passkeys";
import { qrCodeImage } from "@/lib/mfa/qr-code";
import { relyingPartyOf } from "@/lib/mfa/relying-party";
import { verifySessionMfa } from "@/lib/mfa/verify-session-mfa";
import { fail, ok } from "@/lib/result";

/**
 * The doors of the MFA steps: the sign-in form's passkey challenge, verifying a session (after single sign-on, or again
 * before a sensitive act), and setting up a method (the first one at a first sign-in; the Security info pages start
 * theirs here too). They act for the session the cookie names even while it is only half signed in, which is what the
 * first method needs; the use cases decide the rest (a user with a method changes methods only after a recent MFA,
 * which a half-signed session has not shown). Nothing here refreshes the page: the MFA step would move on before the
 * new recovery codes are read (app/security-info-actions.ts does, for the Security info pages).
 */

/** A challenge for signing in with a passkey: open to anyone, as the sign-in form is. */
export async function passkeySignInOptionsAction() {
  const rp = relyingPartyOf(await headers());
  if (!rp) return inReadersWords<PublicKeyCredentialRequestOptionsJSON>(fail("invalid_input"));
  const options = await writeTransaction((tx) => passkeySignInOptions(tx, rp, new Date()));
  return inReadersWords(ok(options));
}

export async function verifyMfaAction(input: unknown) {
  const requestHeaders = await headers();
  return inReadersWords(
    verifySessionMfa(await getStartedSession(), input, {
      relyingParty: relyingPartyOf(requestHeaders),
      clientAddress: clientAddressOf(requestHeaders),
    }),
  );
}

export async function beginAuthenticatorAppAction() {
  const begun = await beginAuthenticatorApp(await getStartedSession());
  return inReadersWords(begun.ok ? ok({ key: begun.data.key, qrCode: await qrCodeImage(begun.data.uri) }) : begun);
}

export async function confirmAuthenticatorAppAction(input: unknown) {
  return inReadersWords(confirmAuthenticatorApp(await getStartedSession(), input));
}

export async function beginPasskeyAction() {
  return inReadersWords(beginPasskey(await getStartedSession(), relyingPartyOf(await headers())));
}

export async function addPasskeyAction(input: unknown) {
  return inReadersWords(addPasskey(await getStartedSession(), input, relyingPartyOf(await headers())));
}
