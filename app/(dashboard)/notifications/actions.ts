"use server";

import { revalidatePath } from "next/cache";
import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { markNotificationsRead } from "@/lib/notifications/notifications";
import { setExpiryDigest } from "@/lib/notifications/set-expiry-digest";

export async function markNotificationsReadAction(formData: FormData) {
  const id = formData.get("notificationId");
  const result = await markNotificationsRead(await getActorRef(), id ? { notificationIds: [Number(id)] } : {});
  if (result.ok) revalidatePath("/", "layout");
  return inReadersWords(result);
}

export async function setExpiryDigestAction(input: unknown) {
  const result = await setExpiryDigest(await getActorRef(), input);
  if (result.ok) revalidatePath("/notifications");
  return inReadersWords(result);
}
