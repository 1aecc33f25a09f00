"use server";

import { revalidatePath } from "next/cache";
import { getPartnerActor } from "@/lib/auth/current-actor";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";

/** The dashboard's door onto the use case; it passes only who is asking, never what they may do. */
export async function setCustomerPurchasePermissionAction(input: unknown) {
  const actor = await getPartnerActor();
  const result = setCustomerPurchasePermission(actor && { kind: "partner_user", id: actor.id }, input);
  if (result.ok && result.data.changed) revalidatePath("/customers", "layout");
  return result;
}
