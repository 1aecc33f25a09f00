"use server";

import { getActorRef, hasRecentSessionMfa } from "@/lib/auth/current-actor";
import { addCustomerUser } from "@/lib/customer-users/add-customer-user";
import {
  resetCustomerUserPassword,
  type CustomerUserPasswordReset,
} from "@/lib/customer-users/reset-customer-user-password";
import { setCustomerUserStatus } from "@/lib/customer-users/set-customer-user-status";
import { inReadersWords } from "@/lib/i18n/server";
import { fail } from "@/lib/result";
import { afterCustomerChange } from "../../after-customer-change";

export async function addCustomerUserAction(formData: FormData) {
  const userName = String(formData.get("userName") ?? "").trim();
  return inReadersWords(
    afterCustomerChange(
      await addCustomerUser(await getActorRef(), {
        customerId: formData.get("customerId"),
        displayName: formData.get("displayName"),
        userPrincipalName: `${userName}@${formData.get("domain")}`,
      }),
    ),
  );
}

export async function setCustomerUserStatusAction(formData: FormData) {
  return inReadersWords(
    afterCustomerChange(
      await setCustomerUserStatus(await getActorRef(), {
        userId: formData.get("userId"),
        status: formData.get("status"),
      }),
    ),
  );
}

export async function resetCustomerUserPasswordAction(formData: FormData) {
  const actorRef = await getActorRef();
  // Whoever holds the temporary password signs in as the customer's user: this asks for a recent MFA.
  if (actorRef && !(await hasRecentSessionMfa())) {
    return inReadersWords<CustomerUserPasswordReset>(fail("recent_mfa_required"));
  }
  return inReadersWords(resetCustomerUserPassword(actorRef, { userId: formData.get("userId") }));
}
