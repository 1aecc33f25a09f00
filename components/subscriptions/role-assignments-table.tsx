import { ActionForm } from "@/components/ui/action-form";
import type { RoleAssignmentRow } from "@/lib/role-assignments/get-subscription-access";
import type { Result } from "@/lib/result";
import { TableHead } from "@/components/ui/table-head";

type RoleAssignmentsTableProps = {
  customerId: string;
  subscriptionId: string;
  assignments: RoleAssignmentRow[];
  /** Null when the viewer may only look. */
  remove: ((formData: FormData) => Promise<Result<unknown>>) | null;
};

export function RoleAssignmentsTable({ customerId, subscriptionId, assignments, remove }: RoleAssignmentsTableProps) {
  return (
    <section aria-labelledby="role-assignments-heading" className="mt-4">
      <h2 id="role-assignments-heading" className="text-lg font-semibold">
        Role assignments
      </h2>
      {assignments.length === 0 ? (
        <p className="mt-2">Nobody has a role on this subscription yet.</p>
      ) : (
        <table className="mt-2 w-full max-w-4xl border-collapse text-left">
          <TableHead columns={["User", "User name", "Role", remove && "Actions"]} />
          <tbody>
            {assignments.map((a) => (
              <tr key={`${a.userId}-${a.role}`} className="border-b border-line align-top">
                <td className="py-2 pr-4">
                  {a.displayName}
                  {!a.userActive && <span className="text-muted"> (deactivated)</span>}
                </td>
                <td className="py-2 pr-4">{a.userPrincipalName}</td>
                <td className="py-2 pr-4">{a.role}</td>
                {remove && (
                  <td className="py-2 pr-4">
                    <ActionForm
                      action={remove}
                      customerId={customerId}
                      successMessage="Role assignment removed."
                      look="link"
                      submitLabel="Remove"
                      submitHint={`${a.role} role of ${a.displayName}`}
                    >
                      <input type="hidden" name="subscriptionId" value={subscriptionId} />
                      <input type="hidden" name="userId" value={a.userId} />
                      <input type="hidden" name="role" value={a.role} />
                    </ActionForm>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
