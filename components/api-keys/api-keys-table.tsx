import { ActionForm } from "@/components/ui/action-form";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { TableHead } from "@/components/ui/table-head";
import type { ApiKeyRow, ApiKeyStatus } from "@/lib/api-keys/list-api-keys";
import type { Result } from "@/lib/result";

const statusBadges: Record<ApiKeyStatus, React.ReactNode> = {
  active: <StatusBadge tone="success">Active</StatusBadge>,
  expired: <StatusBadge tone="neutral">Expired</StatusBadge>,
  revoked: <StatusBadge tone="neutral">Revoked</StatusBadge>,
  creator_inactive: <StatusBadge tone="neutral">Stopped: its creator no longer has access</StatusBadge>,
};

const accessLabels = { read_only: "Read-only", full: "Full" } as const;

export function ApiKeysTable({
  keys,
  revoke,
}: {
  keys: ApiKeyRow[];
  revoke: (formData: FormData) => Promise<Result<unknown>>;
}) {
  if (keys.length === 0) return <p className="mt-3">No API keys yet.</p>;
  return (
    <table className="mt-3 w-full border-collapse text-left">
      <TableHead columns={["Name", "Key ID", "Access", "Created by", "Last used", "Expires", "Status", "Actions"]} />
      <tbody>
        {keys.map((key) => (
          <tr key={key.keyId} className="border-b border-line align-top">
            <td className="py-2 pr-4">{key.name}</td>
            <td className="py-2 pr-4 font-mono text-xs">{key.keyId}</td>
            <td className="py-2 pr-4">{accessLabels[key.accessLevel]}</td>
            <td className="py-2 pr-4">{key.createdBy}</td>
            <td className="py-2 pr-4">
              {key.lastUsedAt ? <LocalDateTime iso={key.lastUsedAt.toISOString()} /> : "Never"}
            </td>
            <td className="py-2 pr-4">
              <LocalDateTime iso={key.expiresAt.toISOString()} />
            </td>
            <td className="py-2 pr-4">{statusBadges[key.status]}</td>
            <td className="py-2 pr-4">
              {key.status !== "revoked" && (
                <ActionForm
                  action={revoke}
                  successMessage="API key revoked."
                  look="link"
                  submitLabel="Revoke"
                  submitHint={key.name}
                >
                  <input type="hidden" name="keyId" value={key.keyId} />
                </ActionForm>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
