"use client";

import { ActionForm } from "@/components/ui/action-form";
import type { AddedCustomerUser } from "@/lib/customer-users/add-customer-user";
import type { Result } from "@/lib/result";
import { TemporaryPasswordNotice } from "./temporary-password-notice";

type AddCustomerUserFormProps = {
  customerId: string;
  domains: string[];
  add: (formData: FormData) => Promise<Result<AddedCustomerUser>>;
};

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

export function AddCustomerUserForm({ customerId, domains, add }: AddCustomerUserFormProps) {
  return (
    <section aria-labelledby="add-user-heading" className="mt-8">
      <h2 id="add-user-heading" className="text-lg font-semibold">
        Add user
      </h2>
      <ActionForm
        action={add}
        customerId={customerId}
        successMessage={(user) => <TemporaryPasswordNotice lead="User added." {...user} />}
        className="mt-2 flex flex-wrap items-end gap-3"
        submitLabel="Add user"
      >
        <input type="hidden" name="customerId" value={customerId} />
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Display name</span>
          <input name="displayName" required maxLength={256} className={fieldClass} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">User name</span>
          <input name="userName" required maxLength={64} autoComplete="off" className={fieldClass} />
        </label>
        <span className="py-1.5" aria-hidden>
          @
        </span>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Domain</span>
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
