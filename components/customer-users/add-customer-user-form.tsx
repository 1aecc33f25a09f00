"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import type { AddedCustomerUser } from "@/lib/customer-users/add-customer-user";
import type { ActionResult } from "@/lib/i18n/describe";
import { TemporaryPasswordNotice } from "./temporary-password-notice";

type AddCustomerUserFormProps = {
  customerId: string;
  domains: string[];
  add: (formData: FormData) => Promise<ActionResult<AddedCustomerUser>>;
};

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

export function AddCustomerUserForm({ customerId, domains, add }: AddCustomerUserFormProps) {
  const t = useTranslations("customerUsers");
  return (
    <section aria-labelledby="add-user-heading" className="mt-8">
      <h2 id="add-user-heading" className="text-lg font-semibold">
        {t("add.heading")}
      </h2>
      <ActionForm
        action={add}
        customerId={customerId}
        successMessage={(user) => <TemporaryPasswordNotice lead={t("add.added")} {...user} />}
        className="mt-2 flex flex-wrap items-end gap-3"
        submitLabel={t("add.submit")}
      >
        <input type="hidden" name="customerId" value={customerId} />
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("add.displayName")}</span>
          <input name="displayName" required maxLength={256} className={fieldClass} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("add.userName")}</span>
          <input name="userName" required maxLength={64} autoComplete="off" className={fieldClass} />
        </label>
        <span className="py-1.5" aria-hidden>
          @
        </span>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("add.domain")}</span>
          <select name="domain" className={fieldClass}>
            {domains.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      </ActionForm>
    </section>
  );
}
