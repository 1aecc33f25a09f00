import { useTranslations } from "next-intl";
import { LocalDateTime } from "@/components/ui/local-date-time";

/**
 * A temporary password, shown the one time it exists in the clear: the Admin agent hands it to the user, and tells
 * them it is good for one sign-in until when (in the reader's language and time zone).
 */
export function TemporaryPasswordNotice({
  lead,
  userPrincipalName,
  temporaryPassword,
  temporaryPasswordExpiresAt,
}: {
  /** What was just done ("User added."), said before the password. */
  lead: string;
  userPrincipalName: string;
  temporaryPassword: string;
  temporaryPasswordExpiresAt: Date;
}) {
  const t = useTranslations("customerUsers");
  return (
    <>
      {lead}{" "}
      {t.rich("temporaryPassword", {
        userPrincipalName,
        temporaryPassword,
        expiry: () => <LocalDateTime iso={temporaryPasswordExpiresAt.toISOString()} />,
        code: (chunks) => <code className="rounded-sm bg-nav px-1.5 py-0.5 font-mono text-[#323130]">{chunks}</code>,
      })}
    </>
  );
}
