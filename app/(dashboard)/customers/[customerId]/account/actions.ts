"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { customerControlsFrom } from "@/components/purchase-controls/controls-form-data";
import { getActorRef } from "@/lib/auth/current-actor";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { inReadersWords } from "@/lib/i18n/server";
import { setCustomerPurchaseControls } from "@/lib/purchase-controls/set-purchase-controls";

/**
 * The dashboard's door onto the use case; it passes only who is asking, never what they may do.
 *
 * It revalidates nothing on purpose: a revalidation in a server action makes Next.js render the whole page again into
 * the action's response, and the switch's card already shows the new state (its query, updated optimistically and
 * refetched once settled). Every other view that shows the permission (Customers, the Activity log) is rendered per
 * request, so the next visit reads the database afresh (docs/decisions/021-speed.md).
 */
export async function setCustomerPurchasePermissionAction(input: unknown) {
  return inReadersWords(setCustomerPurchasePermission(await getActorRef(), input));
}

/**
 * The purchase controls form's door. A saved change does re-render the page: what is left of this month's limit,
 * shown above the form, follows from the controls that apply.
 */
export async function setPurchaseControlsAction(formData: FormData) {
  const input = customerControlsFrom(formData, await getLocale());
  const result = await setCustomerPurchaseControls(await getActorRef(), input);
  if (result.ok && result.data.changed) revalidatePath(`/customers/${input.customerId}/account`);
  return inReadersWords(result);
}
