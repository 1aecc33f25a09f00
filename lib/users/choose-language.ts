import { eq } from "drizzle-orm";
import { z } from "zod";
import { customerUsers, partnerUsers } from "@/db/schema";
import { locales, type Locale } from "@/i18n/locales";
import type { UserRef } from "@/lib/access/actor";
import { inActorTransaction } from "@/lib/access/write-transaction";
import { ok, type Result } from "@/lib/result";
import { parseInput, reason } from "@/lib/validation";

export const chooseLanguageInput = z.object({
  /** One of the product's languages, or null to follow the browser's Accept-Language again. */
  language: z.enum(locales, { message: reason("errors.unknown_language") }).nullable(),
});

/**
 * The user menu's language: stored on the user, so it follows them to every device they sign in on. A person's own
 * display preference, not a change to the partner's business: it writes no activity entry.
 */
export async function chooseLanguage(
  actorRef: UserRef | null,
  rawInput: unknown,
): Promise<Result<{ language: Locale | null }>> {
  const input = parseInput(chooseLanguageInput, rawInput);
  if (!input.ok) return input;
  const { language } = input.data;
  return inActorTransaction(actorRef, async (tx, actor) => {
    if (actor.kind === "partner_user") {
      await tx.update(partnerUsers).set({ language }).where(eq(partnerUsers.id, actor.id));
    } else {
      await tx.update(customerUsers).set({ language }).where(eq(customerUsers.id, actor.id));
    }
    return ok({ language });
  });
}
