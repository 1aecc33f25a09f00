import { z } from "zod";
import { purchaseKinds, type PurchaseKind } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { setReservationAutoRenewWithin } from "@/lib/reservations/set-reservation-auto-renew";
import { fail, ok, type Reason, type ReasonValues, type Result } from "@/lib/result";
import { setSavingsPlanAutoRenewWithin } from "@/lib/savings-plans/manage-savings-plan";
import { microsoftId, parseInput, reason } from "@/lib/validation";

/** At most this many in one request: a page of the Expiring soon list, and then some. */
export const autoRenewAtOnceLimit = 100;

const itemMessage = reason("expiring.errors.item");

export const turnOnAutoRenewInput = z.object({
  items: z
    .array(z.object({ kind: z.enum(purchaseKinds, itemMessage), id: microsoftId }), { message: itemMessage })
    .min(1, reason("expiring.errors.nothingSelected"))
    .max(autoRenewAtOnceLimit, reason("expiring.errors.tooMany")),
});

type Item = { kind: PurchaseKind; id: string };

/** What happened to each one asked for: turned on now, on already, or refused and why (another partner's, expired…). */
export type AutoRenewOutcome = {
  turnedOn: Item[];
  alreadyOn: Item[];
  refused: (Item & { reason: Reason; values?: ReasonValues })[];
};

/**
 * Turns auto-renew on for several reservations and savings plans at once, in one write transaction: each one exactly
 * as turning it on by itself does (its own checks and its own Update entry), so one that is on already is left as it
 * is and reported so, and one that cannot be changed is reported with its reason while the others are turned on.
 * Admin agents only: anyone else is refused before anything is looked up.
 */
export async function turnOnAutoRenew(
  actorRef: ActorRef | null,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<AutoRenewOutcome>> {
  const input = parseInput(turnOnAutoRenewInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, async (tx, actor) => {
    if (!can(actor.role, "manageCustomerPurchases")) return fail("forbidden", "expiring.errors.onlyAdminsTurnOn");
    const outcome: AutoRenewOutcome = { turnedOn: [], alreadyOn: [], refused: [] };
    for (const item of input.data.items) {
      const result =
        item.kind === "reservation"
          ? await setReservationAutoRenewWithin(tx, actor, { reservationId: item.id, autoRenew: true }, now)
          : await setSavingsPlanAutoRenewWithin(tx, actor, { savingsPlanId: item.id, autoRenew: true }, now);
      if (!result.ok) outcome.refused.push({ ...item, reason: result.reason, values: result.values });
      else (result.data.changed ? outcome.turnedOn : outcome.alreadyOn).push(item);
    }
    return ok(outcome);
  });
}
