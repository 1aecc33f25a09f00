"use server";

import { revalidatePath } from "next/cache";
import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { submitPurchaseForApproval } from "@/lib/purchase-approvals/submit-purchase";

// A reservation or a savings plan above the partner's approval amount: nothing is bought, it waits in Requests.
export async function submitPurchaseForApprovalAction(input: unknown) {
  const result = await submitPurchaseForApproval(await getActorRef(), input);
  if (result.ok) revalidatePath("/portal/requests");
  return inReadersWords(result);
}
