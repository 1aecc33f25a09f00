import type { ActorRef } from "@/lib/access/actor";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { ok, type Result } from "@/lib/result";
import { changeReservationScopeWithin } from "./change-reservation-scope";
import { setReservationAutoRenewWithin } from "./set-reservation-auto-renew";

export type ReservationUpdate = {
  reservationId: string;
  /** Given with its `subscriptionId` and `resourceGroup`, as changeReservationScope takes them. */
  scope?: { scope?: unknown; subscriptionId?: unknown; resourceGroup?: unknown };
  autoRenew?: unknown;
};

/**
 * Changes a reservation's scope and its auto-renew together (the API's PATCH): both or neither. Each part is the
 * Manage page's own use case, run in this one write transaction: a part refused rolls back what the other wrote.
 */
export async function updateReservation(
  actorRef: ActorRef | null,
  update: ReservationUpdate,
): Promise<Result<{ changed: boolean }>> {
  const { reservationId } = update;
  return inWriteTransaction(actorRef, async (tx, actor) => {
    let changed = false;
    if (update.scope !== undefined) {
      const done = await changeReservationScopeWithin(tx, actor, { ...update.scope, reservationId });
      if (!done.ok) return done;
      changed ||= done.data.changed;
    }
    if (update.autoRenew !== undefined) {
      const done = await setReservationAutoRenewWithin(tx, actor, { reservationId, autoRenew: update.autoRenew });
      if (!done.ok) return done;
      changed ||= done.data.changed;
    }
    return ok({ changed });
  });
}
