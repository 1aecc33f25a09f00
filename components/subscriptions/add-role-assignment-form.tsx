import { ActionForm } from "@/components/ui/action-form";
import { azureRoles } from "@/db/schema";
import type { Result } from "@/lib/result";

type AddRoleAssignmentFormProps = {
  customerId: string;
  subscriptionId: string;
  users: { userId: string; displayName: string; userPrincipalName: string }[];
  add: (formData: FormData) => Promise<Result<unknown>>;
};

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

export function AddRoleAssignmentForm({ customerId, subscriptionId, users, add }: AddRoleAssignmentFormProps) {
  return (
    <section aria-labelledby="add-role-assignment-heading" className="mt-6">
      <h2 id="add-role-assignment-heading" className="text-lg font-semibold">
        Add role assignment
      </h2>
      {users.length === 0 ? (
        <p className="mt-2">This customer has no active users. Add one on the Users page first.</p>
      ) : (
        <ActionForm
          action={add}
          customerId={customerId}
          successMessage="Role assigned."
          className="mt-2 flex flex-wrap items-end gap-3"
          submitLabel="Add role assignment"
        >
          <input type="hidden" name="subscriptionId" value={subscriptionId} />
          <label className="flex flex-col gap-1">
            <span className="font-semibold">User</span>
            <select name="userId" required className={fieldClass}>
              {users.map((u) => (
                <option key={u.userId} value={u.userId}>{`${u.displayName} (${u.userPrincipalName})`}</option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-semibold">Role</span>
            <select name="role" defaultValue="Owner" className={fieldClass}>
              {azureRoles.map((role) => (
                <option key={role} value={role}>
                  {role}
                </option>
              ))}
            </select>
          </label>
        </ActionForm>
      )}
    </section>
  );
}
