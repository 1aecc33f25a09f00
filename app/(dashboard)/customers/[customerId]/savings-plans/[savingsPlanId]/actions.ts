"use server";

import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { changeSavingsPlanScope, setSavingsPlanAutoRenew } from "@/lib/savings-plans/manage-savings-plan";
import { afterCustomerChange } from "../../../after-customer-change";

// Doors onto the savings-plan use cases: who is asking and what the Manage page sent, nothing more.

export async function changeSavingsPlanScopeAction(formData: FormData) {
  const scope = formData.get("scope");
  return inReadersWords(
    afterCustomerChange(
      await changeSavingsPlanScope(await getActorRef(), {
        savingsPlanId: formData.get("savingsPlanId"),
        scope,
        subscriptionId: scope === "shared" ? undefined : formData.get("subscriptionId"),
        resourceGroup: scope === "resource_group" ? formData.get("resourceGroup") : undefined,
      }),
    ),
  );
}

/** The savings plan is bound by the page; the Renewal form sends what auto-renew is to become. */
export async function setSavingsPlanAutoRenewAction(savingsPlanId: unknown, formData: FormData) {
  return inReadersWords(
    afterCustomerChange(
      await setSavingsPlanAutoRenew(await getActorRef(), {
        savingsPlanId,
        autoRenew: formData.get("autoRenew") === "true",
      }),
    ),
  );
}
