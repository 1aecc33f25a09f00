import { and, eq } from "drizzle-orm";
import { z } from "zod";
import {
  notifications,
  partnerSettings,
  reservationRequestKinds,
  reservationRequests,
  reservations,
  savingsPlans,
} from "@/db/schema";
import type { Tx } from "@/db/client";
import type { ActorRef } from "@/lib/access/actor";
import { inActorTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { reservationState } from "@/lib/reservations/reservation-state";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason } from "@/lib/validation";
import { requestDetails } from "./request-details";

export const askPartnerInput = z
  .object({
    /** What the request is about: a reservation, or a savings plan; exactly one. */
    reservationId: microsoftId.optional(),
    savingsPlanId: microsoftId.optional(),
    kind: z.enum(reservationRequestKinds, { message: reason("requests.errors.kindInvalid") }),
    details: z.unknown(),
    message: z.string().trim().max(1000, reason("requests.errors.messageTooLong")).optional(),
  })
  .superRefine((input, context) => {
    if (!input.reservationId === !input.savingsPlanId) {
      context.addIssue({ code: "custom", path: ["reservationId"], message: reason("requests.errors.nameOne") });
    }
    // Azure lets no one cancel or exchange a savings plan: there is nothing to ask for.
    if (input.savingsPlanId && (input.kind === "cancel" || input.kind === "exchange")) {
      context.addIssue({
        code: "custom",
        path: ["kind"],
        message: reason("requests.errors.savingsPlanAskRenewOrScope"),
      });
    }
  });

type Subject = {
  reservationId: number | null;
  savingsPlanId: number | null;
  id: string;
  name: string;
  what: "reservation" | "savings_plan";
};

/** The customer's own active reservation or savings plan the request is about; another customer's is absent. */
async function findSubject(
  tx: Tx,
  customerId: number,
  input: z.output<typeof askPartnerInput>,
  now: Date,
): Promise<Result<Subject>> {
  if (input.reservationId) {
    const [reservation] = await tx
      .select()
      .from(reservations)
      .where(
        and(eq(reservations.reservationId, input.reservationId.toLowerCase()), eq(reservations.customerId, customerId)),
      )
      .limit(1);
    if (!reservation) return fail("not_found", "reservations.errors.reservationNotFound");
    if (reservationState(reservation, now) !== "active")
      return fail("conflict", "requests.errors.reservationNotActive");
    const { id, reservationId, displayName } = reservation;
    return ok({ reservationId: id, savingsPlanId: null, id: reservationId, name: displayName, what: "reservation" });
  }
  const [plan] = await tx
    .select()
    .from(savingsPlans)
    .where(
      and(eq(savingsPlans.savingsPlanId, input.savingsPlanId!.toLowerCase()), eq(savingsPlans.customerId, customerId)),
    )
    .limit(1);
  if (!plan) return fail("not_found", "requests.errors.savingsPlanNotFound");
  if (plan.expiresAt <= now) return fail("conflict", "requests.errors.savingsPlanExpired");
  return ok({
    reservationId: null,
    savingsPlanId: plan.id,
    id: plan.savingsPlanId,
    name: plan.displayName,
    what: "savings_plan",
  });
}

/**
 * A customer user asks their partner to exchange, cancel, renew or re-scope one of their company's reservations, or
 * to renew or re-scope a savings plan, inside the product instead of by e-mail. One open request per reservation (or
 * savings plan) and kind, held by a unique index. The
 * partner's log gets a "Create Reservation Request" entry, and agents who asked for alerts a notification.
 */
export async function askPartner(actorRef: ActorRef | null, rawInput: unknown): Promise<Result<{ requestId: string }>> {
  const input = parseInput(askPartnerInput, rawInput);
  if (!input.ok) return input;
  const details = parseInput(requestDetails[input.data.kind], input.data.details);
  if (!details.ok) return details;

  return inActorTransaction(actorRef, async (tx, actor): Promise<Result<{ requestId: string }>> => {
    if (actor.kind !== "customer_user") return fail("forbidden", "requests.errors.onlyCustomerUsers");
    const now = new Date();
    const subject = await findSubject(tx, actor.customerId, input.data, now);
    if (!subject.ok) return subject;
    const { reservationId, savingsPlanId } = subject.data;
    const [created] = await tx
      .insert(reservationRequests)
      .values({
        requestId: crypto.randomUUID(),
        reservationId,
        savingsPlanId,
        customerId: actor.customerId,
        requestedByCustomerUserId: actor.id,
        kind: input.data.kind,
        details: JSON.stringify(details.data),
        message: input.data.message || null,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!created) {
      return fail("conflict", "requests.errors.alreadyAsked", {
        partner: actor.partnerName,
        kind: input.data.kind,
        subject: subject.data.what,
      });
    }
    const customer = { id: actor.customerId, companyName: actor.companyName };
    await recordActivity(tx, {
      actor,
      customer,
      operationType: "create_reservation_request",
      resourceType: "reservation_request",
      oldValue: null,
      newValue: {
        id: created.requestId,
        ...(reservationId ? { reservationId: subject.data.id } : { savingsPlanId: subject.data.id }),
        kind: created.kind,
        details: details.data,
      },
      at: now,
    });
    const [alerts] = await tx
      .select()
      .from(partnerSettings)
      .where(eq(partnerSettings.partnerId, actor.partnerId))
      .limit(1);
    if (alerts?.purchaseAlerts) {
      await tx.insert(notifications).values({
        partnerId: actor.partnerId,
        customerId: actor.customerId,
        kind: "request_opened",
        params: {
          requester: actor.displayName,
          customer: actor.companyName,
          requestKind: input.data.kind,
          subject: subject.data.name,
        },
        link: "/requests",
        createdAt: now,
      });
    }
    return ok({ requestId: created.requestId });
  });
}
