"use client";

import { ActionForm } from "@/components/ui/action-form";
import type { CustomerUserPasswordReset } from "@/lib/customer-users/reset-customer-user-password";
import type { Result } from "@/lib/result";
import { TemporaryPasswordNotice } from "./temporary-password-notice";

type ResetPasswordFormProps = {
  reset: (formData: FormData) => Promise<Result<CustomerUserPasswordReset>>;
  userId: string;
  displayName: string;
};

/** "Reset password" in a user's row: the new temporary password is shown right there, once. */
export function ResetPasswordForm({ reset, userId, displayName }: ResetPasswordFormProps) {
  return (
    <ActionForm
      action={reset}
      successMessage={(result) => <TemporaryPasswordNotice lead="Password reset." {...result} />}
      look="link"
      submitLabel="Reset password"
      submitHint={displayName}
      className="mt-1"
    >
      <input type="hidden" name="userId" value={userId} />
    </ActionForm>
  );
}
