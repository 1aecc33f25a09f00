"use client";

import { useTranslations } from "next-intl";
import { useStepUp } from "@/components/mfa/step-up";
import { ActionForm } from "@/components/ui/action-form";
import type { CreatedApiKey } from "@/lib/api-keys/create-api-key";
import type { ActionResult } from "@/lib/i18n/describe";

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

/** Creates a key; the answer shows its secret this one time, to be copied into the program that will use it. */
export function CreateApiKeyForm({ create }: { create: (formData: FormData) => Promise<ActionResult<CreatedApiKey>> }) {
  const t = useTranslations("apiKeys");
  // Creating a key asks for a recent MFA: when the server says so, the browser goes to verify again and comes back.
  const createAfterRecentMfa = useStepUp(create);
  return (
    <ActionForm
      action={createAfterRecentMfa}
      aria-label={t("form.label")}
      successMessage={(key) => (
        <>
          {t("form.created", { name: key.name })}{" "}
          <code
            className="break-all rounded-sm bg-nav px-1.5 py-0.5 font-mono text-[#323130]"
            aria-label={t("form.newKey")}
          >
            {key.key}
          </code>
        </>
      )}
      className="mt-3 flex flex-wrap items-end gap-3"
      submitLabel={t("form.submit")}
    >
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("form.name")}</span>
        <input name="name" required maxLength={64} placeholder={t("form.namePlaceholder")} className={fieldClass} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("form.access")}</span>
        <select name="accessLevel" defaultValue="read_only" className={fieldClass}>
          <option value="read_only">{t("form.readOnly")}</option>
          <option value="full">{t("form.full")}</option>
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("form.expiresAfter")}</span>
        <select name="expiresInDays" defaultValue="90" className={fieldClass}>
          <option value="30">{t("form.days", { count: 30 })}</option>
          <option value="90">{t("form.days", { count: 90 })}</option>
          <option value="180">{t("form.days", { count: 180 })}</option>
          <option value="365">{t("form.oneYear")}</option>
        </select>
      </label>
    </ActionForm>
  );
}
