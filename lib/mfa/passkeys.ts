import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  type WebAuthnCredential,
} from "@simplewebauthn/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "@/db/client";
import { passkeys } from "@/db/schema";
import type { UserRef } from "@/lib/access/actor";
import type { RelyingParty } from "./relying-party";
import { keepChallenge, spendChallenge } from "./webauthn-challenges";

/**
 * Passkeys (WebAuthn) as a second factor, through SimpleWebAuthn. They are discoverable credentials: sign-in asks for
 * one before it may say whose account it is (the password is checked with it, lib/auth/sign-in-attempt.ts), so the
 * browser offers the passkeys it holds for this site, and the server checks that the one chosen is the account's.
 */

/** The longest passkey name, as the Security info page takes it. */
export const passkeyNameMaxLength = 60;

/** What the browser sends back, as far as the server reads it before SimpleWebAuthn checks it all. */
const credentialResponse = z
  .object({ id: z.string().min(1).max(1024), response: z.object({}).passthrough() })
  .passthrough();

const userHandleOf = (user: UserRef) => new TextEncoder().encode(`${user.kind}:${user.id}`);

type Stored = typeof passkeys.$inferSelect;

const credentialOf = (passkey: Stored) => ({
  id: passkey.credentialId,
  publicKey: new Uint8Array(Buffer.from(passkey.publicKey, "base64url")),
  counter: passkey.counter,
  transports: (passkey.transports?.split(",").filter(Boolean) ?? []) as NonNullable<WebAuthnCredential["transports"]>,
});

/** What the browser needs to create a passkey for the user: not one of the authenticators already registered. */
export async function passkeyRegistrationOptions(
  tx: Pick<Db, "insert" | "delete" | "select">,
  user: UserRef,
  account: { name: string; displayName: string },
  rp: RelyingParty,
  now: Date,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const existing = await tx
    .select()
    .from(passkeys)
    .where(and(eq(passkeys.userKind, user.kind), eq(passkeys.userId, user.id)));
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: account.name,
    userDisplayName: account.displayName,
    userID: userHandleOf(user),
    attestationType: "none",
    excludeCredentials: existing.map((passkey) => ({
      id: passkey.credentialId,
      transports: credentialOf(passkey).transports,
    })),
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  await keepChallenge(tx, options.challenge, "registration", user, now);
  return options;
}

/** Registers the passkey the browser created, if it answers this user's live challenge; false when it does not. */
export async function registerPasskey(
  tx: Tx,
  user: UserRef,
  response: unknown,
  name: string,
  rp: RelyingParty,
  now: Date,
): Promise<boolean> {
  if (!credentialResponse.safeParse(response).success) return false;
  const verification = await verifyRegistrationResponse({
    response: response as RegistrationResponseJSON,
    expectedChallenge: (challenge) => spendChallenge(tx, challenge, "registration", user, now),
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) return false;
  const { credential } = verification.registrationInfo;
  const added = await tx
    .insert(passkeys)
    .values({
      userKind: user.kind,
      userId: user.id,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey).toString("base64url"),
      counter: credential.counter,
      transports: credential.transports?.join(",") ?? null,
      name,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: passkeys.id });
  return added.length === 1;
}

/** What the browser needs to sign in with a passkey: a challenge, and no list of whose passkeys may answer it. */
export async function passkeySignInOptions(
  db: Pick<Db, "insert" | "delete">,
  rp: RelyingParty,
  now: Date,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await generateAuthenticationOptions({ rpID: rp.id, userVerification: "preferred" });
  await keepChallenge(db, options.challenge, "authentication", null, now);
  return options;
}

/**
 * Whether the browser's answer is a signature by one of the user's passkeys over a live sign-in challenge. The
 * challenge is spent whatever the outcome; the passkey's counter moves on, so a cloned authenticator shows itself.
 */
export async function verifyPasskey(
  tx: Tx,
  user: UserRef,
  response: unknown,
  rp: RelyingParty,
  now: Date,
): Promise<boolean> {
  const parsed = credentialResponse.safeParse(response);
  if (!parsed.success) return false;
  const [passkey] = await tx
    .select()
    .from(passkeys)
    .where(
      and(eq(passkeys.credentialId, parsed.data.id), eq(passkeys.userKind, user.kind), eq(passkeys.userId, user.id)),
    )
    .limit(1);
  if (!passkey) return false;
  const verification = await verifyAuthenticationResponse({
    response: response as AuthenticationResponseJSON,
    expectedChallenge: (challenge) => spendChallenge(tx, challenge, "authentication", null, now),
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    credential: credentialOf(passkey),
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) return false;
  await tx
    .update(passkeys)
    .set({ counter: verification.authenticationInfo.newCounter, lastUsedAt: now })
    .where(eq(passkeys.id, passkey.id));
  return true;
}
