import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import {
  loadActor,
  type Actor,
  type ActorRef,
  type CustomerActor,
  type PartnerActor,
  type UserRef,
} from "@/lib/access/actor";
import { authSecret, servedOverHttps } from "./secret";
import { isSessionLive } from "./sessions";
import { parseSessionSubject } from "./session-subject";

/**
 * The request's session: who signed in and the session's id, as long as the session is still live in the
 * database. A signed-out, ended ("Sign out everywhere") or expired session is no session, whatever its cookie.
 */
export const getSession = cache(async (): Promise<{ ref: UserRef; sessionId: string } | null> => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const token = await getToken({
    req: { cookies: cookieStore, headers: headerList } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: authSecret(),
    secureCookie: servedOverHttps(headerList),
  });
  const ref = parseSessionSubject(token?.sub);
  const sessionId = typeof token?.sid === "string" ? token.sid : null;
  if (!ref || !sessionId || !(await isSessionLive(getDb(), sessionId, ref))) return null;
  return { ref, sessionId };
});

/** Who is asking, for a use case: only kind and id; the use case re-reads everything else itself. */
export async function getActorRef(): Promise<UserRef | null> {
  return (await getSession())?.ref ?? null;
}

/** The signed-in user, read fresh from the database once per request; null when signed out or deactivated. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const ref = await getActorRef();
  return ref && loadActor(getDb(), ref);
});

export async function getPartnerActor(): Promise<PartnerActor | null> {
  const actor = await getActor();
  return actor?.kind === "partner_user" ? actor : null;
}

/** For the partner dashboard: customer users are sent to their own area, signed-out visitors to sign-in. */
export async function requirePartnerActor(): Promise<PartnerActor> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  if (actor.kind === "customer_user") redirect("/portal");
  return actor;
}

/** For the customer area: partner users are sent to the dashboard; they never act as customers. */
export async function requireCustomerActor(): Promise<CustomerActor> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  if (actor.kind === "partner_user") redirect("/customers");
  if (actor.mustChangePassword) redirect("/change-password");
  return actor;
}
