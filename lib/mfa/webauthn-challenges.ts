import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { webauthnChallenges } from "@/db/schema";
import type { UserRef } from "@/lib/access/actor";

type Store = Pick<Db, "insert" | "delete">;

/** How long a browser has to answer a challenge: WebAuthn's own default timeout is 5 minutes. */
export const challengeLifetimeMs = 5 * 60 * 1000;

export type ChallengePurpose = "registration" | "authentication";

/** Keeps a challenge just handed to a browser; expired ones are swept as new ones are kept. */
export async function keepChallenge(
  db: Store,
  challenge: string,
  purpose: ChallengePurpose,
  user: UserRef | null,
  now: Date,
): Promise<void> {
  await db.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, now));
  await db.insert(webauthnChallenges).values({
    challenge,
    purpose,
    userKind: user?.kind ?? null,
    userId: user?.id ?? null,
    expiresAt: new Date(now.getTime() + challengeLifetimeMs),
  });
}

/**
 * Spends a challenge the browser signed: true once, for a live challenge of this purpose (and this user, for a
 * registration). The delete is the check, so two requests with one signed challenge cannot both pass.
 */
export async function spendChallenge(
  db: Store,
  challenge: string,
  purpose: ChallengePurpose,
  user: UserRef | null,
  now: Date,
): Promise<boolean> {
  const spent = await db
    .delete(webauthnChallenges)
    .where(
      and(
        eq(webauthnChallenges.challenge, challenge),
        eq(webauthnChallenges.purpose, purpose),
        gt(webauthnChallenges.expiresAt, now),
        user
          ? and(eq(webauthnChallenges.userKind, user.kind), eq(webauthnChallenges.userId, user.id))
          : isNull(webauthnChallenges.userId),
      ),
    )
    .returning({ challenge: webauthnChallenges.challenge });
  return spent.length === 1;
}
