import { z } from "zod";
import { reservationScopes, type ReservationRequestKind } from "@/db/schema";
import { productChoiceFields, wholeQuantity } from "@/lib/reservations/reservation-choice";
import { microsoftId, reason } from "@/lib/validation";

/**
 * What a customer may ask for, per kind: the same fields the partner's use case takes, less what the partner decides
 * (the new reservation of an exchange is billed where the returned one was).
 */
export const requestDetails = {
  cancel: z.object({ quantity: wholeQuantity }),
  exchange: z.object({
    quantity: wholeQuantity,
    target: z.object({ ...productChoiceFields, quantity: wholeQuantity }),
  }),
  renew: z.object({ autoRenew: z.boolean({ message: reason("requests.errors.sayWhetherToRenew") }) }),
  change_scope: z.object({
    scope: z.enum(reservationScopes, { message: reason("reservations.errors.scopeInvalid") }),
    subscriptionId: microsoftId.optional(),
    resourceGroup: z.string().trim().max(90).optional(),
  }),
} as const satisfies Record<ReservationRequestKind, z.ZodType>;

export type RequestDetails = { [K in ReservationRequestKind]: z.output<(typeof requestDetails)[K]> };

/** What a request asks, as stored: its kind and its details (components/reservation-requests put it into words). */
export type AskedFor = {
  [K in ReservationRequestKind]: { kind: K; details: RequestDetails[K] };
}[ReservationRequestKind];
