"use server";

import { revalidatePath } from "next/cache";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { setPurchaseAlerts } from "@/lib/notifications/set-purchase-alerts";

export async function setPurchaseAlertsAction(input: unknown) {
  const result = await setPurchaseAlerts(await getActorRef(), input);
  if (result.ok) revalidatePath("/settings");
  return inReadersWords(result);
}

export async function createApiKeyAction(formData: FormData) {
  const result = await createApiKey(await getActorRef(), {
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
