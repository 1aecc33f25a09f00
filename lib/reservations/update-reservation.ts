import type { ActorRef } from "@/lib/access/actor";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { ok, type Failure, type Result } from "@/lib/result";
import { changeReservationScope } from "./change-reservation-scope";
import { setReservationAutoRenew } from "./set-reservation-auto-renew";

export type ReservationUpdate = {
  reservationId: string;
  /** Given with its `subscriptionId` and `resourceGroup`, as changeReservationScope takes them. */
  scope?: { scope?: unknown; subscriptionId?: unknown; resourceGroup?: unknown };
  autoRenew?: unknown;
};

/** Thrown to roll back the whole update when its second part is refused after the first was written. */
class Refused extends Error {
  constructor(readonly result: Failure) {
    super("refused");
  }
}

/**
 * Changes a reservation's scope and its auto-renew together (the API's PATCH): both or neither. Each part is the
 * Manage page's own use case, nested in one transaction (better-sqlite3 runs them as savepoints).
 */
export function updateReservation(actorRef: ActorRef | null, update: ReservationUpdate): Result<{ changed: boolean }> {
  const { reservationId } = update;
  try {
    return inWriteTransaction(actorRef, () => {
      let changed = false;
      if (update.scope !== undefined) {
        const done = changeReservationScope(actorRef, { ...update.scope, reservationId });
        if (!done.ok) throw new Refused(done);
        changed ||= done.data.changed;
      }
      if (update.autoRenew !== undefined) {
        const done = setReservationAutoRenew(actorRef, { reservationId, autoRenew: update.autoRenew });
        if (!done.ok) throw new Refused(done);
        changed ||= done.data.changed;
      }
      return ok({ changed });
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}
