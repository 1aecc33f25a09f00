import type { Locale } from "@/i18n/locales";
import { minorFromTyped } from "@/lib/purchase-controls/typed-amount";
import { decimalAsTyped, decimalFromTyped } from "@/lib/pricing/typed-decimal";

/**
 * The purchase controls form's own encoding, written once for the form and for the server actions that read it: its
 * field names, and amounts between the cents the use cases hold and what a person types in their language.
 */
export const controlFields = {
  customerId: "customerId",
  followsDefaults: "followsDefaults",
  monthlyLimit: "monthlyLimit",
  approvalAbove: "approvalAbove",
  version: "version",
} as const;

/** An amount in cents as its field shows it: "5000", "5000.50" ("5000,50" in French); empty for none. */
export function typedFromMinor(amountMinor: number | null, locale: Locale): string {
  if (amountMinor === null) return "";
  const whole = Math.floor(amountMinor / 100);
  const cents = amountMinor % 100;
  return decimalAsTyped(cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, "0")}`, locale);
}

function amountFrom(formData: FormData, field: string, locale: Locale): unknown {
  const typed = formData.get(field);
  // A field the form did not send (a customer following the defaults shows none) is no amount.
  if (typed === null) return null;
  return typeof typed === "string" ? minorFromTyped(decimalFromTyped(typed, locale)) : typed;
}

/** What the defaults' form sent, as setDefaultPurchaseControls takes it; anything odd is left for it to refuse. */
export function defaultControlsFrom(formData: FormData, locale: Locale) {
  return {
    monthlyLimitMinor: amountFrom(formData, controlFields.monthlyLimit, locale),
    approvalAboveMinor: amountFrom(formData, controlFields.approvalAbove, locale),
    version: formData.get(controlFields.version),
  };
}

/** What a customer's form sent, as setCustomerPurchaseControls takes it. */
export function customerControlsFrom(formData: FormData, locale: Locale) {
  const follows = formData.get(controlFields.followsDefaults);
  return {
    customerId: formData.get(controlFields.customerId),
    followsDefaults: follows === "true" ? true : follows === "false" ? false : follows,
    ...defaultControlsFrom(formData, locale),
  };
}
