import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { loadSignedInActor, type Actor, type CustomerActor, type PartnerActor, type UserRef } from "@/lib/access/actor";
import { safeCallbackUrl } from "./safe-callback-url";
import { authSecret, servedOverHttps } from "./secret";
import { hasRecentMfa, isSignedIn } from "@/lib/mfa/mfa-rules";
import { requestSession, type LiveSession } from "./sessions";
import { parseSessionSubject } from "./session-subject";
import { proxySessionHeader, vouchedSession } from "./proxy-session";

export type Session = { ref: UserRef; sessionId: string } & LiveSession;

/**
 * Whom the session cookie names: as the proxy read it for this request when it did (pages, actions), else read here
 * (route handlers, which the proxy lets through without reading the cookie).
 */
async function sessionCookie(): Promise<{ subject: string | null; sessionId: string | null }> {
  const headerList = await headers();
  const vouched = vouchedSession(headerList.get(proxySessionHeader));
  if (vouched) return vouched;
  const token = await getToken({
    req: { cookies: await cookies(), headers: headerList } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: authSecret(),
    secureCookie: servedOverHttps(headerList),
  });
  return {
    subject: typeof token?.sub === "string" ? token.sub : null,
    sessionId: typeof token?.sid === "string" ? token.sid : null,
  };
}

/**
 * The request's session as the cookie names it, as long as it is still live in the database, however far its MFA went.
 * A signed-out, ended ("Sign out everywhere") or expired session is no session, whatever its cookie. Only the MFA steps
 * read a session this way; everything else asks getSession.
 */
export const getStartedSession = cache(async (): Promise<Session | null> => {
  const { subject, sessionId } = await sessionCookie();
  const ref = parseSessionSubject(subject);
  const live = ref && sessionId ? await requestSession(sessionId, ref) : null;
  return live && ref && sessionId ? { ref, sessionId, ...live } : null;
});

/**
 * The request's session, once it is fully signed in: a partner user who has not shown a second factor yet is nobody
 * to every page, action and API call (pages send them to the MFA step, the API answers 401).
 */
export const getSession = cache(async (): Promise<Session | null> => {
  const session = await getStartedSession();
  return session && isSignedIn(session.ref, session) ? session : null;
});

/** Whether the session showed a second factor in the last 15 minutes: the most sensitive acts ask for it again. */
export async function hasRecentSessionMfa(): Promise<boolean> {
  const session = await getSession();
  return !!session && hasRecentMfa(session, new Date());
}

/** Where a request without a usable session goes: the MFA step if it is half signed in, else sign-in. */
async function signInStep(): Promise<never> {
  if (!(await getStartedSession())) redirect("/signin");
  const requested = safeCallbackUrl((await headers()).get("x-request-path"));
  redirect(`/signin/mfa?callbackUrl=${encodeURIComponent(requested)}`);
}

/** Who is asking, for a use case: only kind and id; the use case re-reads everything else itself. */
export async function getActorRef(): Promise<UserRef | null> {
  return (await getSession())?.ref ?? null;
}

/** The signed-in user, read fresh from the database once per request; null when signed out or deactivated. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const ref = await getActorRef();
  return ref && loadSignedInActor(ref);
});

export async function getPartnerActor(): Promise<PartnerActor | null> {
  const actor = await getActor();
  return actor?.kind === "partner_user" ? actor : null;
}

/** For the partner dashboard: customer users are sent to their own area, signed-out visitors to sign-in. */
export async function requirePartnerActor(): Promise<PartnerActor> {
  const actor = await getActor();
  if (!actor) return signInStep();
  if (actor.kind === "customer_user") redirect("/portal");
  return actor;
}

/** For the customer area: partner users are sent to the dashboard; they never act as customers. */
export async function requireCustomerActor(): Promise<CustomerActor> {
  const actor = await getActor();
  if (!actor) return signInStep();
  if (actor.kind === "partner_user") redirect("/customers");
  if (actor.mustChangePassword) redirect("/change-password");
  return actor;
}
