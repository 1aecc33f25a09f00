import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

/** One catalogue per language; French lacking an English key fails the type check (and the build). */
export const catalogues = { "en-US": en, "fr-FR": fr } satisfies Record<Locale, Messages>;
