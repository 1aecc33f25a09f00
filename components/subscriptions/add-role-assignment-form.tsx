import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { azureRoles } from "@/db/schema";
import type { ActionResult } from "@/lib/i18n/describe";

type AddRoleAssignmentFormProps = {
  customerId: string;
  subscriptionId: string;
  users: { userId: string; displayName: string; userPrincipalName: string }[];
  add: (formData: FormData) => Promise<ActionResult<unknown>>;
};

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

export function AddRoleAssignmentForm({ customerId, subscriptionId, users, add }: AddRoleAssignmentFormProps) {
  const t = useTranslations("accessControl");
  const tShared = useTranslations();
  return (
    <section aria-labelledby="add-role-assignment-heading" className="mt-6">
      <h2 id="add-role-assignment-heading" className="text-lg font-semibold">
        {t("add.heading")}
      </h2>
      {users.length === 0 ? (
        <p className="mt-2">
          {t.rich("add.noUsers", {
            link: (chunks) => (
              <Link href={`/customers/${customerId}/users`} className="text-brand underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <ActionForm
          action={add}
          customerId={customerId}
          successMessage={t("add.added")}
          className="mt-2 flex flex-wrap items-end gap-3"
          submitLabel={t("add.submit")}
        >
          <input type="hidden" name="subscriptionId" value={subscriptionId} />
          <label className="flex flex-col gap-1">
            <span className="font-semibold">{t("add.user")}</span>
            <select name="userId" required className={fieldClass}>
              {users.map((u) => (
                <option key={u.userId} value={u.userId}>{`${u.displayName} (${u.userPrincipalName})`}</option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-semibold">{t("add.role")}</span>
            <select name="role" defaultValue="Owner" className={fieldClass}>
              {azureRoles.map((role) => (
                <option key={role} value={role}>
                  {tShared(`azureRoles.${role}`)}
                </option>
              ))}
            </select>
          </label>
        </ActionForm>
      )}
    </section>
  );
}
