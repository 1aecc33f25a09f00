import type { CallbacksOptions, NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { entraConfiguration, signInWithEntra, type EntraConfiguration } from "./entra";
import { entraRefusedError } from "./entra-sign-in-error";
import { sessionSubject } from "./session-subject";

export const entraProviderId = "entra";

/**
 * Microsoft Entra ID as next-auth's OpenID Connect provider: the authorization code flow with PKCE, the ID token's
 * claims read once next-auth (openid-client) has checked its signature, issuer, audience, expiry and nonce.
 */
function entraProvider({ issuer, clientId, clientSecret }: EntraConfiguration): OAuthConfig<{ sub: string }> {
  return {
    id: entraProviderId,
    name: "Microsoft",
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    clientId,
    clientSecret,
    // Stands in until the sign-in callback names the partner user the token matched: nothing of Microsoft's profile
    // goes into the session token, as nothing but the user and the session does with a password.
    profile: (claims) => ({ id: claims.sub }),
  };
}

/** The providers Sign in with Microsoft adds: one when it is configured, none otherwise. */
export function entraProviders(): NextAuthOptions["providers"] {
  const configuration = entraConfiguration();
  return configuration ? [entraProvider(configuration)] : [];
}

/**
 * next-auth's sign-in callback for a Microsoft sign-in: the token's person is matched to a partner user and given a
 * session, or sent back to the sign-in page with the refusal (next-auth's own, AccessDenied, ends on its error page).
 */
export const signInWithMicrosoft: CallbacksOptions["signIn"] = async ({ user, profile }) => {
  const signedIn = await signInWithEntra(profile);
  if (!signedIn.ok) return `/signin?error=${entraRefusedError}`;
  // next-auth hands this same user on to the jwt callback (there is no adapter): the session travels on it as a
  // password sign-in's does from authorize, and its id becomes the token's subject.
  Object.assign(user, { id: sessionSubject(signedIn.data.user), sid: signedIn.data.sessionId });
  return true;
};
