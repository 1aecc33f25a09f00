"use server";

import { getActorRef } from "@/lib/auth/current-actor";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";

/** The user menu's "Sign out everywhere": ends every session of the user; the menu then clears this cookie. */
export async function signOutEverywhereAction() {
  return signOutEverywhere(await getActorRef());
}
