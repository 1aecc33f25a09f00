import { NextResponse } from "next/server";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { calculateExchange, exchangeReservation } from "@/lib/reservations/exchange-reservation";
import { getReservationDetails } from "@/lib/reservations/get-reservation-details";
import { calculateRefund, refundReservation } from "@/lib/reservations/refund-reservation";
import { fail, type Result } from "@/lib/result";

type Params = { customerId: string; reservationId: string; operation: string };

/**
 * POST …/reservations/{reservation}/calculateRefund | return | calculateExchange | exchange, after Azure's
 * reservation-order operations. `return` and `exchange` move money: they require an Idempotency-Key header.
 */
export const POST = apiRoute<Params>(async ({ request, params, actor, actorRef, body }) => {
  if (!(await getReservationDetails(actor, params.customerId, params.reservationId))) {
    return refusal(fail("not_found", "reservations.errors.reservationNotFound"));
  }
  const input = { ...(body && typeof body === "object" ? body : {}), reservationId: params.reservationId };
  const answer = <T>(result: Result<T>, status: number) =>
    result.ok ? NextResponse.json(result.data, { status }) : refusal(result);

  if (params.operation === "calculateRefund") return answer(await calculateRefund(actorRef, input), 200);
  if (params.operation === "calculateExchange") return answer(await calculateExchange(actorRef, input), 200);
  if (params.operation !== "return" && params.operation !== "exchange") {
    return refusal(fail("not_found", "reservations.errors.noSuchOperation"));
  }
  const idempotencyKey = request.headers.get("idempotency-key");
  if (!idempotencyKey) {
    const why = { reason: "reservations.errors.returnIdempotencyKeyRequired" } as const;
    return refusal(fail("invalid_input", why.reason, undefined, { "Idempotency-Key": [why] }));
  }
  return params.operation === "return"
    ? answer(await refundReservation(actorRef, { ...input, idempotencyKey }), 201)
    : answer(await exchangeReservation(actorRef, { ...input, idempotencyKey }), 201);
});
