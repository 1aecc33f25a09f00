import { NextResponse } from "next/server";
import { z } from "zod";
import { getActorRef } from "@/lib/auth/current-actor";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { changeReservationScope } from "@/lib/reservations/change-reservation-scope";
import { getReservationDetails } from "@/lib/reservations/get-reservation-details";
import { setReservationAutoRenew } from "@/lib/reservations/set-reservation-auto-renew";
import { fail } from "@/lib/result";
import { parseInput } from "@/lib/validation";

type Params = { customerId: string; reservationId: string };

const notFound = fail("not_found", "Reservation not found.");

/** GET /api/v1/customers/{customer}/reservations/{reservation}: the reservation as its Manage page shows it. */
export const GET = apiRoute<Params>(({ params, actor }) => {
  const details = getReservationDetails(actor, params.customerId, params.reservationId);
  return details ? NextResponse.json(details) : refusal(notFound);
});

const patchBody = z
  .object({
    scope: z.unknown().optional(),
    subscriptionId: z.unknown().optional(),
    resourceGroup: z.unknown().optional(),
    autoRenew: z.unknown().optional(),
  })
  .refine((body) => body.scope !== undefined || body.autoRenew !== undefined, {
    message: "Give a new scope, autoRenew, or both.",
  });

/** PATCH …/reservations/{reservation} with { scope, subscriptionId, resourceGroup } and/or { autoRenew }. */
export const PATCH = apiRoute<Params>(async ({ params, actor, body: rawBody }) => {
  if (!getReservationDetails(actor, params.customerId, params.reservationId)) return refusal(notFound);
  const body = parseInput(patchBody, rawBody);
  if (!body.ok) return refusal(body);
  const actorRef = await getActorRef();
  const { reservationId } = params;
  if (body.data.scope !== undefined) {
    const { autoRenew: _, ...scope } = body.data;
    const changed = changeReservationScope(actorRef, { ...scope, reservationId });
    if (!changed.ok) return refusal(changed);
  }
  if (body.data.autoRenew !== undefined) {
    const changed = setReservationAutoRenew(actorRef, { reservationId, autoRenew: body.data.autoRenew });
    if (!changed.ok) return refusal(changed);
  }
  return NextResponse.json(getReservationDetails(actor, params.customerId, reservationId));
});
