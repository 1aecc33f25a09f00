"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { setReservationPrices } from "@/lib/pricing/set-reservation-prices";
import { decimalFromTyped } from "@/lib/pricing/typed-decimal";

const overridePrefix = "override:";

/**
 * The form sends one field per product; an empty one means "follow the default". Percentages come as their reader
 * writes them ("-2,5" in French) and go to the use case as it reads them.
 */
export async function setReservationPricesAction(formData: FormData) {
  const locale = await getLocale();
  const typed = (value: FormDataEntryValue | null) =>
    typeof value === "string" ? decimalFromTyped(value, locale) : value;
  const overrides: Record<string, string | null> = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith(overridePrefix)) {
      overrides[name.slice(overridePrefix.length)] =
        String(value).trim() === "" ? null : decimalFromTyped(String(value), locale);
    }
  }
  const result = await setReservationPrices(await getActorRef(), {
    version: formData.get("version"),
    defaultAdjustmentPercent: typed(formData.get("defaultAdjustmentPercent")),
    savingsPlanAdjustmentPercent: typed(formData.get("savingsPlanAdjustmentPercent")) ?? undefined,
    overrides,
  });
  if (result.ok) revalidatePath("/pricing");
  return inReadersWords(result);
}
