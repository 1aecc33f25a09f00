import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/ui/status-badge";
import { TableHead } from "@/components/ui/table-head";
import type { PartnerActor } from "@/lib/access/actor";
import type { ActionResult } from "@/lib/i18n/describe";
import type { PartnerUserRow } from "@/lib/users/list-partner-users";
import { ResetUserMfaButton } from "./reset-user-mfa-button";

type PartnerUsersSectionProps = {
  viewer: PartnerActor;
  users: PartnerUserRow[];
  /** Null when the viewer may only look (every role but Admin agents). */
  resetMfa: ((input: { partnerUserId: number }) => Promise<ActionResult<{ partnerUserId: number }>>) | null;
};

/** Settings' list of the partner's own users: who they are, their role, whether MFA is set up; Admin agents reset it. */
export function PartnerUsersSection({ viewer, users, resetMfa }: PartnerUsersSectionProps) {
  const t = useTranslations("mfa.users");
  const roles = useTranslations("roles");
  return (
    <section aria-labelledby="users-heading" className="mt-6 rounded-sm border border-line p-5">
      <h2 id="users-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 max-w-3xl text-muted">{t("intro", { partner: viewer.partnerName })}</p>
      {!resetMfa && <p className="mt-1 text-muted">{t("readOnly")}</p>}
      <table className="mt-3 w-full border-collapse text-left">
        <TableHead
          columns={[
            t("columns.name"),
            t("columns.email"),
            t("columns.role"),
            t("columns.mfa"),
            resetMfa && t("columns.actions"),
          ]}
        />
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-line align-top">
              <td className="py-2 pr-4">
                {user.displayName}
                {user.id === viewer.id && <span className="text-muted"> {t("you")}</span>}
                {!user.active && (
                  <>
                    {" "}
                    <StatusBadge tone="neutral">{t("inactive")}</StatusBadge>
                  </>
                )}
              </td>
              <td className="py-2 pr-4">{user.email}</td>
              <td className="py-2 pr-4">{roles(user.role)}</td>
              <td className="py-2 pr-4">
                <StatusBadge tone={user.mfaSetUp ? "success" : "warning"}>
                  {user.mfaSetUp ? t("mfaSetUp") : t("mfaNotSetUp")}
                </StatusBadge>
              </td>
              {resetMfa && (
                <td className="py-2 pr-4">
                  {/* One's own methods are changed on one's Security info page, not reset from here. */}
                  {user.id !== viewer.id && (
                    <ResetUserMfaButton user={{ id: user.id, displayName: user.displayName }} resetMfa={resetMfa} />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
