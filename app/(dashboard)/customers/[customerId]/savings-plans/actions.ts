"use server";

import { getActorRef } from "@/lib/auth/current-actor";
import { purchaseSavingsPlan, quoteSavingsPlan } from "@/lib/savings-plans/purchase-savings-plan";
import { afterCustomerChange } from "../../after-customer-change";

export async function quoteSavingsPlanAction(input: unknown) {
  return quoteSavingsPlan(await getActorRef(), input);
}

export async function purchaseSavingsPlanAction(input: unknown) {
  return afterCustomerChange(purchaseSavingsPlan(await getActorRef(), input));
}
