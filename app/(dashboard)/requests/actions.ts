"use server";

import { revalidatePath } from "next/cache";
import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { approvePurchase, declinePurchase } from "@/lib/purchase-approvals/decide-purchase";
import { approveReservationRequest, declineReservationRequest } from "@/lib/reservation-requests/decide-request";
import type { Result } from "@/lib/result";

function afterDecision<T>(result: Result<T>): Result<T> {
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function approveRequestAction(formData: FormData) {
  return inReadersWords(
    afterDecision(
      await approveReservationRequest(await getActorRef(), {
        requestId: formData.get("requestId"),
        idempotencyKey: formData.get("idempotencyKey"),
      }),
    ),
  );
}

export async function declineRequestAction(formData: FormData) {
  return inReadersWords(
    afterDecision(
      await declineReservationRequest(await getActorRef(), {
        requestId: formData.get("requestId"),
        reason: formData.get("reason"),
      }),
    ),
  );
}

export async function approvePurchaseAction(formData: FormData) {
  return inReadersWords(
    afterDecision(
      await approvePurchase(await getActorRef(), {
        approvalId: formData.get("approvalId"),
        idempotencyKey: formData.get("idempotencyKey"),
      }),
    ),
  );
}

export async function declinePurchaseAction(formData: FormData) {
  return inReadersWords(
    afterDecision(
      await declinePurchase(await getActorRef(), {
        approvalId: formData.get("approvalId"),
        reason: formData.get("reason"),
      }),
    ),
  );
}
