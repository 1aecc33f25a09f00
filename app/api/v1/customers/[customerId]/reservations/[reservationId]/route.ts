import { NextResponse } from "next/server";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { reservationPatchBody } from "@/lib/api/operations";
import { getReservationResource } from "@/lib/api/customers-api";
import { updateReservation } from "@/lib/reservations/update-reservation";
import { fail } from "@/lib/result";
import { parseInput } from "@/lib/validation";

type Params = { customerId: string; reservationId: string };

const notFound = fail("not_found", "reservations.errors.reservationNotFound");

/** GET /api/v1/customers/{customer}/reservations/{reservation}: the reservation as its Manage page shows it. */
export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const reservation = await getReservationResource(actor, params.customerId, params.reservationId);
  return reservation ? NextResponse.json(reservation) : refusal(notFound);
});

/** PATCH …/reservations/{reservation} with { scope, subscriptionId, resourceGroup } and/or { autoRenew }. */
export const PATCH = apiRoute<Params>(async ({ params, actor, actorRef, body: rawBody }) => {
  if (!(await getReservationResource(actor, params.customerId, params.reservationId))) return refusal(notFound);
  const body = parseInput(reservationPatchBody, rawBody);
  if (!body.ok) return refusal(body);
  if (body.data.scope === undefined && body.data.autoRenew === undefined) {
    return refusal(
      fail("invalid_input", "reservations.errors.patchNothing", undefined, {
        scope: [{ reason: "reservations.errors.patchNothingField" }],
      }),
    );
  }
  if (body.data.scope === undefined && (body.data.subscriptionId || body.data.resourceGroup)) {
    const why = { reason: "reservations.errors.patchScopeFieldsAlone" } as const;
    return refusal(fail("invalid_input", why.reason, undefined, { scope: [why] }));
  }
  const { reservationId } = params;
  const { autoRenew, ...scope } = body.data;
  const updated = await updateReservation(actorRef, {
    reservationId,
    scope: scope.scope === undefined ? undefined : scope,
    autoRenew,
  });
  if (!updated.ok) return refusal(updated);
  return NextResponse.json(await getReservationResource(actor, params.customerId, reservationId));
});
