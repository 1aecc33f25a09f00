"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/i18n/describe";
import { ManageSection } from "./manage-section";

/** Turns a purchase's auto-renew on or off; the message says what the server did, the button what is next. */
export function AutoRenewSection({
  customerId,
  autoRenew,
  setAutoRenew,
  intro,
  children,
}: {
  customerId: string;
  autoRenew: boolean;
  /** The product's action with the purchase's id bound to it: it reads only "autoRenew" from the form. */
  setAutoRenew: (formData: FormData) => Promise<ActionResult<{ autoRenew: boolean }>>;
  intro?: string;
  /** What renewing means for this product, where it is more than an intro. */
  children?: React.ReactNode;
}) {
  const t = useTranslations("manage");
  return (
    <ManageSection id="renewal-heading" title={t("renewal.title")} intro={intro}>
      {children}
      <ActionForm
        action={setAutoRenew}
        customerId={customerId}
        // Said from what the server answered: the page re-renders with the new state before this shows.
        successMessage={(done) => (done.autoRenew ? t("renewal.isOn") : t("renewal.isOff"))}
        submitLabel={autoRenew ? t("renewal.turnOff") : t("renewal.turnOn")}
        className="mt-3"
      >
        <input type="hidden" name="autoRenew" value={autoRenew ? "false" : "true"} />
      </ActionForm>
    </ManageSection>
  );
}
