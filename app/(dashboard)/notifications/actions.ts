"use server";

import { revalidatePath } from "next/cache";
import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { markNotificationsRead } from "@/lib/notifications/notifications";

export async function markNotificationsReadAction(formData: FormData) {
  const id = formData.get("notificationId");
  const result = await markNotificationsRead(await getActorRef(), id ? { notificationIds: [Number(id)] } : {});
  if (result.ok) revalidatePath("/", "layout");
  return inReadersWords(result);
}
