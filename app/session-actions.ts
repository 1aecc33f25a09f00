"use server";

import { getActorRef } from "@/lib/auth/current-actor";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { inReadersWords } from "@/lib/i18n/server";
import { chooseLanguage } from "@/lib/users/choose-language";

/** The user menu's "Sign out everywhere": ends every session of the user; the menu then clears this cookie. */
export async function signOutEverywhereAction() {
  return inReadersWords(signOutEverywhere(await getActorRef()));
}

/** The user menu's language choice; the menu then refreshes the page, which renders in the new language. */
export async function chooseLanguageAction(language: unknown) {
  return inReadersWords(chooseLanguage(await getActorRef(), { language }));
}
