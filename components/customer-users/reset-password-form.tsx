"use client";

import { useTranslations } from "next-intl";
import { useStepUp } from "@/components/mfa/step-up";
import { ActionForm } from "@/components/ui/action-form";
import type { CustomerUserPasswordReset } from "@/lib/customer-users/reset-customer-user-password";
import type { ActionResult } from "@/lib/i18n/describe";
import { TemporaryPasswordNotice } from "./temporary-password-notice";

type ResetPasswordFormProps = {
  reset: (formData: FormData) => Promise<ActionResult<CustomerUserPasswordReset>>;
  userId: string;
  displayName: string;
};

/** "Reset password" in a user's row: the new temporary password is shown right there, once. */
export function ResetPasswordForm({ reset, userId, displayName }: ResetPasswordFormProps) {
  const t = useTranslations("customerUsers");
  // A password reset asks for a recent MFA: when the server says so, the browser goes to verify again and comes back.
  const resetAfterRecentMfa = useStepUp(reset);
  return (
    <ActionForm
      action={resetAfterRecentMfa}
      successMessage={(result) => <TemporaryPasswordNotice lead={t("passwordReset")} {...result} />}
      look="link"
      submitLabel={t("resetPassword")}
      submitHint={displayName}
      className="mt-1"
    >
      <input type="hidden" name="userId" value={userId} />
    </ActionForm>
  );
}
