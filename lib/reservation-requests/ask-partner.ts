import { and, eq } from "drizzle-orm";
import { z } from "zod";
import {
  notifications,
  partnerSettings,
  reservationRequestKinds,
  reservationRequests,
  reservations,
} from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { inActorTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { reservationState } from "@/lib/reservations/reservation-state";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput } from "@/lib/validation";
import { describeRequest, requestDetails, requestKindWords } from "./request-details";

export const askPartnerInput = z.object({
  reservationId: microsoftId,
  kind: z.enum(reservationRequestKinds, { message: "Ask to exchange, cancel, renew or change the scope." }),
  details: z.unknown(),
  message: z.string().trim().max(1000, "Keep the message under 1,000 characters.").optional(),
});

/**
 * A customer user asks their partner to exchange, cancel, renew or re-scope one of their company's reservations,
 * inside the product instead of by e-mail. One open request per reservation and kind, held by a unique index. The
 * partner's log gets a "Create Reservation Request" entry, and agents who asked for alerts a notification.
 */
export function askPartner(actorRef: ActorRef | null, rawInput: unknown): Result<{ requestId: string }> {
  const input = parseInput(askPartnerInput, rawInput);
  if (!input.ok) return input;
  const details = parseInput(requestDetails[input.data.kind], input.data.details);
  if (!details.ok) return details;

  return inActorTransaction(actorRef, (tx, actor): Result<{ requestId: string }> => {
    if (actor.kind !== "customer_user") return fail("forbidden", "Requests are made by the customer's users.");
    const reservation = tx
      .select()
      .from(reservations)
      .where(
        and(
          eq(reservations.reservationId, input.data.reservationId.toLowerCase()),
          eq(reservations.customerId, actor.customerId),
        ),
      )
      .get();
    if (!reservation) return fail("not_found", "Reservation not found.");
    if (reservationState(reservation, new Date()) !== "active") {
      return fail("conflict", "This reservation is no longer active: there is nothing to ask for.");
    }
    const now = new Date();
    const created = tx
      .insert(reservationRequests)
      .values({
        requestId: crypto.randomUUID(),
        reservationId: reservation.id,
        customerId: actor.customerId,
        requestedByCustomerUserId: actor.id,
        kind: input.data.kind,
        details: JSON.stringify(details.data),
        message: input.data.message || null,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning()
      .get();
    if (!created) {
      return fail(
        "conflict",
        `You have already asked ${actor.partnerName} to ${requestKindWords[input.data.kind]} this reservation; their answer will show here.`,
      );
    }
    const customer = { id: actor.customerId, companyName: actor.companyName };
    const asked = describeRequest(input.data.kind, details.data);
    recordActivity(tx, {
      actor,
      customer,
      operationType: "create_reservation_request",
      resourceType: "reservation_request",
      oldValue: null,
      newValue: {
        id: created.requestId,
        reservationId: reservation.reservationId,
        kind: created.kind,
        details: details.data,
      },
      at: now,
    });
    const alerts = tx.select().from(partnerSettings).where(eq(partnerSettings.partnerId, actor.partnerId)).get();
    if (alerts?.purchaseAlerts) {
      tx.insert(notifications)
        .values({
          partnerId: actor.partnerId,
          customerId: actor.customerId,
          message: `${actor.displayName} (${actor.companyName}) asks: ${asked} of ${reservation.displayName}.`,
          link: "/requests",
          createdAt: now,
        })
        .run();
    }
    return ok({ requestId: created.requestId });
  });
}
