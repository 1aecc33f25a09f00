"use server";

import { revalidatePath } from "next/cache";
import type { AutoRenewDone } from "@/components/expiring/bulk-auto-renew-form";
import { getActorRef } from "@/lib/auth/current-actor";
import { turnOnAutoRenew } from "@/lib/expiring/turn-on-auto-renew";
import { say, type ActionResult } from "@/lib/i18n/describe";
import { inReadersWords, readerWords } from "@/lib/i18n/server";

/**
 * The Expiring soon page's "Turn on auto-renew": the checked rows (each "kind:id") go to the use case as they came;
 * what it did is counted, and what it refused is put into the reader's words.
 */
export async function turnOnAutoRenewAction(formData: FormData): Promise<ActionResult<AutoRenewDone>> {
  const items = formData.getAll("item").map((value) => {
    const [kind, id] = String(value).split(":");
    return { kind, id };
  });
  const result = await turnOnAutoRenew(await getActorRef(), { items });
  if (!result.ok) return inReadersWords(result);
  if (result.data.turnedOn.length > 0) {
    revalidatePath("/expiring");
    // The customers' own Reservations and Savings plans pages show auto-renew too.
    revalidatePath("/customers", "layout");
  }
  const words = await readerWords();
  return {
    ok: true,
    data: {
      turnedOn: result.data.turnedOn.length,
      alreadyOn: result.data.alreadyOn.length,
      refused: result.data.refused.map(({ id, reason, values }) => ({ id, message: say(words, reason, values) })),
    },
  };
}
