"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { passwordMaxLength, passwordMinLength } from "@/lib/auth/password-policy";
import type { ActionResult } from "@/lib/i18n/describe";

type ChangePasswordFormProps = { change: (formData: FormData) => Promise<ActionResult<{ home: string }>> };

const fields = [
  { name: "currentPassword", autoComplete: "current-password" },
  { name: "newPassword", autoComplete: "new-password" },
  { name: "confirmPassword", autoComplete: "new-password" },
] as const;

export function ChangePasswordForm({ change }: ChangePasswordFormProps) {
  const t = useTranslations("changePassword");
  const router = useRouter();
  const [result, formAction, pending] = useActionState(
    (_previous: ActionResult<{ home: string }> | null, formData: FormData) => change(formData),
    null,
  );
  useEffect(() => {
    if (result?.ok) router.replace(result.data.home);
  }, [result, router]);

  const fieldError = (name: string) => (result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined);
  return (
    <form action={formAction} className="space-y-4">
      {fields.map((field) => (
        <div key={field.name} className="space-y-1">
          <label htmlFor={field.name} className="block font-semibold">
            {t(`fields.${field.name}`)}
          </label>
          <input
            id={field.name}
            name={field.name}
            type="password"
            autoComplete={field.autoComplete}
            required
            maxLength={passwordMaxLength}
            aria-invalid={!!fieldError(field.name)}
            aria-describedby={fieldError(field.name) ? `${field.name}-error` : undefined}
            className="w-full rounded-sm border border-[#8a8886] px-2 py-1.5"
          />
          {fieldError(field.name) && (
            <p id={`${field.name}-error`} className="text-danger">
              {fieldError(field.name)}
            </p>
          )}
        </div>
      ))}
      <p className="text-xs text-muted">{t("rule", { min: passwordMinLength, max: passwordMaxLength })}</p>
      <p role="alert" className="min-h-5 text-danger">
        {result && !result.ok && !result.fieldErrors ? result.message : null}
      </p>
      {result?.ok && (
        <p role="status" className="text-success">
          {t("changed")}
        </p>
      )}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
