import "server-only";
import { headers } from "next/headers";
import { negotiateLocale, type Locale } from "@/i18n/locales";
import { getActor } from "@/lib/auth/current-actor";

/** Who reads decides: the language they chose in the user menu (it follows them between devices), else the browser's. */
export async function readerLocale(): Promise<Locale> {
  const actor = await getActor();
  if (actor?.language) return actor.language;
  return negotiateLocale((await headers()).get("accept-language"));
}
