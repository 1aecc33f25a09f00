"use server";

import { revalidatePath } from "next/cache";
import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { purchaseSavingsPlan, quoteSavingsPlan } from "@/lib/savings-plans/purchase-savings-plan";

// The customer's doors onto the same use cases the partner's use: the use case tells the two apart.

export async function quoteSavingsPlanAction(input: unknown) {
  return inReadersWords(quoteSavingsPlan(await getActorRef(), input));
}

export async function purchaseSavingsPlanAction(input: unknown) {
  const result = await purchaseSavingsPlan(await getActorRef(), input);
  if (result.ok) revalidatePath("/portal/savings-plans");
  return inReadersWords(result);
}
