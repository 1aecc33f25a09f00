"use server";

import { getActorRef } from "@/lib/auth/current-actor";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { inReadersWords } from "@/lib/i18n/server";
import { afterCustomerChange } from "../../after-customer-change";

/** The dashboard's door onto the use case; it passes only who is asking, never what they may do. */
export async function setCustomerPurchasePermissionAction(input: unknown) {
  return inReadersWords(afterCustomerChange(setCustomerPurchasePermission(await getActorRef(), input)));
}
