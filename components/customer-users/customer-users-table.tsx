import { ActionForm } from "@/components/ui/action-form";
import { StatusBadge } from "@/components/ui/status-badge";
import type { CustomerUserRow } from "@/lib/customer-users/list-customer-users";
import type { CustomerUserPasswordReset } from "@/lib/customer-users/reset-customer-user-password";
import type { Result } from "@/lib/result";
import { ResetPasswordForm } from "./reset-password-form";
import { TableHead } from "@/components/ui/table-head";

type CustomerUsersTableProps = {
  customerId: string;
  users: CustomerUserRow[];
  /** Null when the viewer may only look. */
  setStatus: ((formData: FormData) => Promise<Result<unknown>>) | null;
  resetPassword: ((formData: FormData) => Promise<Result<CustomerUserPasswordReset>>) | null;
};

export function CustomerUsersTable({ customerId, users, setStatus, resetPassword }: CustomerUsersTableProps) {
  if (users.length === 0) return <p className="mt-4">This customer has no users yet.</p>;
  return (
    <table className="mt-4 w-full border-collapse text-left">
      <TableHead columns={["Display name", "User name", "Status", "Azure roles", setStatus && "Actions"]} />
      <tbody>
        {users.map((user) => (
          <tr key={user.objectId} className="border-b border-line align-top">
            <td className="py-2 pr-4">{user.displayName}</td>
            <td className="py-2 pr-4">{user.userPrincipalName}</td>
            <td className="py-2 pr-4">
              {user.status === "active" ? (
                <StatusBadge tone="success">Active</StatusBadge>
              ) : (
                <StatusBadge tone="neutral">Deactivated</StatusBadge>
              )}
            </td>
            <td className="py-2 pr-4">
              {user.roles.length === 0 ? "—" : user.roles.map((r) => `${r.role} on ${r.subscriptionName}`).join(", ")}
            </td>
            {setStatus && (
              <td className="py-2 pr-4">
                <ActionForm
                  action={setStatus}
                  customerId={customerId}
                  successMessage={user.status === "active" ? "User deactivated." : "User reactivated."}
                  look="link"
                  submitLabel={user.status === "active" ? "Deactivate" : "Reactivate"}
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
