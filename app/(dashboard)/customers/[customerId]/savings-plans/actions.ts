"use server";

import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { purchaseSavingsPlan, quoteSavingsPlan } from "@/lib/savings-plans/purchase-savings-plan";
import { afterCustomerChange } from "../../after-customer-change";

export async function quoteSavingsPlanAction(input: unknown) {
  return inReadersWords(quoteSavingsPlan(await getActorRef(), input));
}

export async function purchaseSavingsPlanAction(input: unknown) {
  return inReadersWords(afterCustomerChange(await purchaseSavingsPlan(await getActorRef(), input)));
}
