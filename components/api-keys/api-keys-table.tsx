import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { TableHead } from "@/components/ui/table-head";
import type { ApiKeyRow } from "@/lib/api-keys/list-api-keys";
import type { ActionResult } from "@/lib/i18n/describe";

export function ApiKeysTable({
  keys,
  revoke,
}: {
  keys: ApiKeyRow[];
  revoke: (formData: FormData) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("apiKeys");
  if (keys.length === 0) return <p className="mt-3">{t("table.empty")}</p>;
  return (
    <table className="mt-3 w-full border-collapse text-left">
      <TableHead
        columns={[
          t("table.name"),
          t("table.keyId"),
          t("table.access"),
          t("table.createdBy"),
          t("table.lastUsed"),
          t("table.expires"),
          t("table.status"),
          t("table.actions"),
        ]}
      />
      <tbody>
        {keys.map((key) => (
          <tr key={key.keyId} className="border-b border-line align-top">
            <td className="py-2 pr-4">{key.name}</td>
            <td className="py-2 pr-4 font-mono text-xs">{key.keyId}</td>
            <td className="py-2 pr-4">{t(`access.${key.accessLevel}`)}</td>
            <td className="py-2 pr-4">{key.createdBy}</td>
            <td className="py-2 pr-4">
              {key.lastUsedAt ? <LocalDateTime iso={key.lastUsedAt.toISOString()} /> : t("table.never")}
            </td>
            <td className="py-2 pr-4">
              <LocalDateTime iso={key.expiresAt.toISOString()} />
            </td>
            <td className="py-2 pr-4">
              <StatusBadge tone={key.status === "active" ? "success" : "neutral"}>
                {t(`status.${key.status}`)}
              </StatusBadge>
            </td>
            <td className="py-2 pr-4">
              {key.status !== "revoked" && (
                <ActionForm
                  action={revoke}
                  successMessage={t("table.revoked")}
                  look="link"
                  submitLabel={t("table.revoke")}
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
