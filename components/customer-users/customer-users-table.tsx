import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { TableHead } from "@/components/ui/table-head";
import type { CustomerUserRow } from "@/lib/customer-users/list-customer-users";
import type { CustomerUserPasswordReset } from "@/lib/customer-users/reset-customer-user-password";
import type { ActionResult } from "@/lib/i18n/describe";
import { ResetPasswordForm } from "./reset-password-form";

type CustomerUsersTableProps = {
  customerId: string;
  users: CustomerUserRow[];
  /** Null when the viewer may only look. */
  setStatus: ((formData: FormData) => Promise<ActionResult<unknown>>) | null;
  resetPassword: ((formData: FormData) => Promise<ActionResult<CustomerUserPasswordReset>>) | null;
};

export function CustomerUsersTable({ customerId, users, setStatus, resetPassword }: CustomerUsersTableProps) {
  const t = useTranslations("customerUsers");
  const tShared = useTranslations();
  if (users.length === 0) return <p className="mt-4">{t("empty")}</p>;
  return (
    <table className="mt-4 w-full border-collapse text-left">
      <TableHead
        columns={[
          t("columns.displayName"),
          t("columns.userName"),
          t("columns.status"),
          t("columns.azureRoles"),
          setStatus && t("columns.actions"),
        ]}
      />
      <tbody>
        {users.map((user) => (
          <tr key={user.objectId} className="border-b border-line align-top">
            <td className="py-2 pr-4">{user.displayName}</td>
            <td className="py-2 pr-4">{user.userPrincipalName}</td>
            <td className="py-2 pr-4">
              <StatusBadge tone={user.status === "active" ? "success" : "neutral"}>
                {t(`status.${user.status}`)}
              </StatusBadge>
            </td>
            <td className="py-2 pr-4">
              {user.roles.length === 0
                ? "—"
                : user.roles
                    .map((r) =>
                      t("roleOn", { role: tShared(`azureRoles.${r.role}`), subscription: r.subscriptionName }),
                    )
                    .join(", ")}
            </td>
            {setStatus && (
              <td className="py-2 pr-4">
                <ActionForm
                  action={setStatus}
                  customerId={customerId}
                  successMessage={user.status === "active" ? t("deactivated") : t("reactivated")}
                  look="link"
                  submitLabel={user.status === "active" ? t("deactivate") : t("reactivate")}
                  submitHint={user.displayName}
                >
                  <input type="hidden" name="userId" value={user.objectId} />
                  <input type="hidden" name="status" value={user.status === "active" ? "inactive" : "active"} />
                </ActionForm>
                {resetPassword && user.status === "active" && (
                  <ResetPasswordForm reset={resetPassword} userId={user.objectId} displayName={user.displayName} />
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
