import type { PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import { z } from "zod";
import { recordSessionMfa } from "@/lib/auth/sessions";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import { mayChangeSecurityInfo } from "./mfa-rules";
import { inSessionTransaction, type MfaSession } from "./mfa-session";
import { passkeyNameMaxLength, passkeyRegistrationOptions, registerPasskey } from "./passkeys";
import type { RelyingParty } from "./relying-party";
import { hasMfaMethod } from "./second-factor";
import { recordSecurityInfoChange, replaceRecoveryCodes } from "./security-info-store";

/** Step one of adding a passkey: what the browser needs to create one (navigator.credentials.create). */
export function beginPasskey(
  session: MfaSession | null,
  rp: RelyingParty | null,
  now = new Date(),
): Promise<Result<PublicKeyCredentialCreationOptionsJSON>> {
  return inSessionTransaction(session, async (tx, actor, { ref }) => {
    if (!rp) return fail("invalid_input", "mfa.errors.passkeyNotRegistered");
    if (!mayChangeSecurityInfo(await hasMfaMethod(tx, ref), session!, now)) return fail("recent_mfa_required");
    return ok(
      await passkeyRegistrationOptions(tx, ref, { name: actor.email, displayName: actor.displayName }, rp, now),
    );
  });
}

export const addPasskeyInput = z.object({
  name: z.string().trim().min(1).max(passkeyNameMaxLength),
  /** The browser's answer to the registration options, as SimpleWebAuthn's browser half hands it over. */
  response: z.unknown(),
});

/**
 * Step two: the passkey the browser created, checked against the challenge of step one. Like a confirmed authenticator
 * app, it counts as the session's MFA, and a user's first method comes with ten recovery codes.
 */
export function addPasskey(
  session: MfaSession | null,
  rawInput: unknown,
  rp: RelyingParty | null,
  now = new Date(),
): Promise<Result<{ recoveryCodes: string[] | null }>> {
  const input = parseInput(addPasskeyInput, rawInput);
  if (!input.ok) return Promise.resolve(input);
  return inSessionTransaction(session, async (tx, actor, { ref, sessionId }) => {
    const hadMethods = await hasMfaMethod(tx, ref);
    if (!mayChangeSecurityInfo(hadMethods, session!, now)) return fail("recent_mfa_required");
    if (!rp || !(await registerPasskey(tx, ref, input.data.response, input.data.name, rp, now))) {
      return fail("invalid_input", "mfa.errors.passkeyNotRegistered");
    }
    await recordSessionMfa(tx, sessionId, "passkey", now);
    await recordSecurityInfoChange(
      tx,
      actor,
      {
        operationType: "register_security_info",
        user: { ref, userPrincipalName: actor.email },
        method: "passkey",
        passkeyName: input.data.name,
      },
      now,
    );
    return ok({ recoveryCodes: hadMethods ? null : await replaceRecoveryCodes(tx, ref, now) });
  });
}
