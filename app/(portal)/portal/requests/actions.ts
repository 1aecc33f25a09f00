"use server";

import { revalidatePath } from "next/cache";
import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { askPartner } from "@/lib/reservation-requests/ask-partner";

export async function askPartnerAction(input: unknown) {
  const result = await askPartner(await getActorRef(), input);
  if (result.ok) revalidatePath("/portal", "layout");
  return inReadersWords(result);
}
