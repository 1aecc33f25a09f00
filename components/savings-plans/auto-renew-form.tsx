"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/i18n/describe";

/** Turns a savings plan's auto-renew on or off; the message says what the server did, the button what is next. */
export function AutoRenewForm({
  customerId,
  savingsPlanId,
  autoRenew,
  setAutoRenew,
}: {
  customerId: string;
  savingsPlanId: string;
  autoRenew: boolean;
  setAutoRenew: (formData: FormData) => Promise<ActionResult<{ autoRenew: boolean; changed: boolean }>>;
}) {
  const t = useTranslations("savingsPlans");
  return (
    <ActionForm
      action={setAutoRenew}
      customerId={customerId}
      // Said from what the server answered: the page re-renders with the new state before this shows.
      successMessage={(done) => (done.autoRenew ? t("manage.autoRenewOn") : t("manage.autoRenewOff"))}
      submitLabel={autoRenew ? t("manage.turnOff") : t("manage.turnOn")}
      className="mt-3"
    >
      <input type="hidden" name="savingsPlanId" value={savingsPlanId} />
      <input type="hidden" name="autoRenew" value={autoRenew ? "false" : "true"} />
    </ActionForm>
  );
}
