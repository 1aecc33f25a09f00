import type { Tx } from "@/db/client";
import type { MfaMethod } from "@/db/enums";
import { loadActor, type Actor, type UserRef } from "@/lib/access/actor";
import { inResultTransaction } from "@/lib/access/write-transaction";
import { fail, type Result } from "@/lib/result";

/** The session an MFA step acts for, as the door read it: it may be only half signed in. */
export type MfaSession = { ref: UserRef; sessionId: string; mfaMethod: MfaMethod | null; mfaAt: Date | null };

/**
 * Runs an MFA step's work in one write transaction with the session's user re-read: the steps are open to a session
 * that has not shown its second factor yet (that is what they are for), so they cannot go through inActorTransaction.
 */
export function inSessionTransaction<T>(
  session: MfaSession | null,
  work: (tx: Tx, actor: Actor, session: MfaSession) => Promise<Result<T>>,
): Promise<Result<T>> {
  if (!session) return Promise.resolve(fail("unauthenticated"));
  return inResultTransaction("write", async (tx) => {
    const actor = await loadActor(tx, session.ref);
    return actor ? work(tx, actor, session) : fail("unauthenticated");
  });
}
