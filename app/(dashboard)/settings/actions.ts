"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { defaultControlsFrom } from "@/components/purchase-controls/controls-form-data";
import { createApiKey, type CreatedApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { getActorRef, getSession, hasRecentSessionMfa } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { resetUserMfa } from "@/lib/mfa/reset-user-mfa";
import { setNewAzurePlanPermissions } from "@/lib/new-azure-plan-permissions/set-new-azure-plan-permissions";
import { setPurchaseAlerts } from "@/lib/notifications/set-purchase-alerts";
import { setDefaultPurchaseControls } from "@/lib/purchase-controls/set-purchase-controls";
import { fail } from "@/lib/result";

export async function setPurchaseAlertsAction(input: unknown) {
  const result = await setPurchaseAlerts(await getActorRef(), input);
  if (result.ok) revalidatePath("/settings");
  return inReadersWords(result);
}

export async function setNewAzurePlanPermissionsAction(input: unknown) {
  const result = await setNewAzurePlanPermissions(await getActorRef(), input);
  if (result.ok && result.data.changed) revalidatePath("/settings");
  return inReadersWords(result);
}

export async function setDefaultPurchaseControlsAction(formData: FormData) {
  const result = await setDefaultPurchaseControls(
    await getActorRef(),
    defaultControlsFrom(formData, await getLocale()),
  );
  if (result.ok && result.data.changed) revalidatePath("/settings");
  return inReadersWords(result);
}

export async function createApiKeyAction(formData: FormData) {
  const actorRef = await getActorRef();
  // A key acts with an Admin agent's rights for up to a year: handing one out asks for a recent MFA (the key itself
  // is never asked for one).
  if (actorRef && !(await hasRecentSessionMfa())) return inReadersWords<CreatedApiKey>(fail("recent_mfa_required"));
  const result = await createApiKey(actorRef, {
    name: formData.get("name"),
    accessLevel: formData.get("accessLevel"),
    expiresInDays: formData.get("expiresInDays"),
  });
  if (result.ok) revalidatePath("/settings");
  return inReadersWords(result);
}

export async function revokeApiKeyAction(formData: FormData) {
  const result = await revokeApiKey(await getActorRef(), { keyId: formData.get("keyId") });
  if (result.ok) revalidatePath("/settings");
  return inReadersWords(result);
}

export async function resetUserMfaAction(input: unknown) {
  const result = await resetUserMfa(await getSession(), input);
  if (result.ok) revalidatePath("/settings");
  return inReadersWords(result);
}
