import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { loadPartnerActor, type ActorRef, type PartnerActor } from "@/lib/access/actor";
import { authOptions } from "./auth-options";

/** The signed-in partner user, read fresh from the database once per request; null when signed out. */
export const getPartnerActor = cache(async (): Promise<PartnerActor | null> => {
  const session = await getServerSession(authOptions);
  const userId = Number(session?.userId);
  return userId ? loadPartnerActor(getDb(), userId) : null;
});

export async function requirePartnerActor(): Promise<PartnerActor> {
  const actor = await getPartnerActor();
  if (!actor) redirect("/signin");
  return actor;
}

/** Who is asking, for a use case: only the id; the use case re-reads role and partner itself. */
export async function getActorRef(): Promise<ActorRef | null> {
  const actor = await getPartnerActor();
  return actor && { kind: "partner_user", id: actor.id };
}
