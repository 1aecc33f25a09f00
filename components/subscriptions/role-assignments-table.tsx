import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { TableHead } from "@/components/ui/table-head";
import type { ActionResult } from "@/lib/i18n/describe";
import type { RoleAssignmentRow } from "@/lib/role-assignments/get-subscription-access";

type RoleAssignmentsTableProps = {
  customerId: string;
  subscriptionId: string;
  assignments: RoleAssignmentRow[];
  /** Null when the viewer may only look. */
  remove: ((formData: FormData) => Promise<ActionResult<unknown>>) | null;
};

export function RoleAssignmentsTable({ customerId, subscriptionId, assignments, remove }: RoleAssignmentsTableProps) {
  const t = useTranslations("accessControl");
  const tShared = useTranslations();
  return (
    <section aria-labelledby="role-assignments-heading" className="mt-4">
      <h2 id="role-assignments-heading" className="text-lg font-semibold">
        {t("assignments.heading")}
      </h2>
      {assignments.length === 0 ? (
        <p className="mt-2">{t("assignments.empty")}</p>
      ) : (
        <table className="mt-2 w-full max-w-4xl border-collapse text-left">
          <TableHead
            columns={[
              t("assignments.columns.user"),
              t("assignments.columns.userName"),
              t("assignments.columns.role"),
              remove && t("assignments.columns.actions"),
            ]}
          />
          <tbody>
            {assignments.map((a) => {
              const role = tShared(`azureRoles.${a.role}`);
              return (
                <tr key={`${a.userId}-${a.role}`} className="border-b border-line align-top">
                  <td className="py-2 pr-4">
                    {a.displayName}
                    {!a.userActive && <span className="text-muted"> {t("assignments.deactivated")}</span>}
                  </td>
                  <td className="py-2 pr-4">{a.userPrincipalName}</td>
                  <td className="py-2 pr-4">{role}</td>
                  {remove && (
                    <td className="py-2 pr-4">
                      <ActionForm
                        action={remove}
                        customerId={customerId}
                        successMessage={t("assignments.removed")}
                        look="link"
                        submitLabel={t("assignments.remove")}
                        submitHint={t("assignments.removeHint", { role, user: a.displayName })}
                      >
                        <input type="hidden" name="subscriptionId" value={subscriptionId} />
                        <input type="hidden" name="userId" value={a.userId} />
                        <input type="hidden" name="role" value={a.role} />
                      </ActionForm>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
