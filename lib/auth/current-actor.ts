import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { loadActor, type Actor, type ActorRef, type CustomerActor, type PartnerActor } from "@/lib/access/actor";
import { authOptions } from "./auth-options";
import { parseSessionSubject } from "./session-subject";

/** Who is asking, for a use case: only kind and id; the use case re-reads everything else itself. */
export async function getActorRef(): Promise<ActorRef | null> {
  const session = await getServerSession(authOptions);
  return parseSessionSubject(session?.userId);
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
  return actor;
}
