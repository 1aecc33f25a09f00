"use server";

import { revalidatePath } from "next/cache";
import { getActorRef } from "@/lib/auth/current-actor";
import { setReservationPrices } from "@/lib/pricing/set-reservation-prices";

const overridePrefix = "override:";

/** The form sends one field per product; an empty one means "follow the default". */
export async function setReservationPricesAction(formData: FormData) {
  const overrides: Record<string, string | null> = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith(overridePrefix)) {
      overrides[name.slice(overridePrefix.length)] = String(value).trim() === "" ? null : String(value);
    }
  }
  const result = setReservationPrices(await getActorRef(), {
    version: formData.get("version"),
    defaultAdjustmentPercent: formData.get("defaultAdjustmentPercent"),
    savingsPlanAdjustmentPercent: formData.get("savingsPlanAdjustmentPercent") ?? undefined,
    overrides,
  });
  if (result.ok) revalidatePath("/pricing");
  return result;
}
