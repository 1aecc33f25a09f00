"use server";

import { revalidatePath } from "next/cache";
import { getActorRef } from "@/lib/auth/current-actor";
import { setPurchaseAlerts } from "@/lib/notifications/set-purchase-alerts";

export async function setPurchaseAlertsAction(input: unknown) {
  const result = setPurchaseAlerts(await getActorRef(), input);
  if (result.ok) revalidatePath("/settings");
  return result;
}
