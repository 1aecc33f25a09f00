"use client";

import { ActionForm } from "@/components/ui/action-form";
import type { Result } from "@/lib/result";

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
  setAutoRenew: (formData: FormData) => Promise<Result<{ autoRenew: boolean; changed: boolean }>>;
}) {
  return (
    <ActionForm
      action={setAutoRenew}
      customerId={customerId}
      // Said from what the server answered: the page re-renders with the new state before this shows.
      successMessage={(done) => (done.autoRenew ? "Auto-renew is on." : "Auto-renew is off.")}
      submitLabel={autoRenew ? "Turn auto-renew off" : "Turn auto-renew on"}
      className="mt-3"
    >
      <input type="hidden" name="savingsPlanId" value={savingsPlanId} />
      <input type="hidden" name="autoRenew" value={autoRenew ? "false" : "true"} />
    </ActionForm>
  );
}
