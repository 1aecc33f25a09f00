import { writeTransaction } from "@/db/transaction";
import type { UserRef } from "@/lib/access/actor";
import { fail, ok, type Result } from "@/lib/result";
import { endUserSessions } from "./sessions";

/** "Sign out everywhere": every session of the signed-in user ends, this one included, on every device. */
export async function signOutEverywhere(actorRef: UserRef | null): Promise<Result<{ ended: number }>> {
  if (!actorRef) return fail("unauthenticated");
  return ok({ ended: await writeTransaction((tx) => endUserSessions(tx, actorRef)) });
}
