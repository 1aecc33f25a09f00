import { useTranslations } from "next-intl";

/** A temporary password, shown the one time it exists in the clear: the Admin agent hands it to the user. */
export function TemporaryPasswordNotice({
  lead,
  userPrincipalName,
  temporaryPassword,
}: {
  /** What was just done ("User added."), said before the password. */
  lead: string;
  userPrincipalName: string;
  temporaryPassword: string;
}) {
  const t = useTranslations("customerUsers");
  return (
    <>
      {lead}{" "}
      {t.rich("temporaryPassword", {
        userPrincipalName,
        temporaryPassword,
        code: (chunks) => <code className="rounded-sm bg-nav px-1.5 py-0.5 font-mono text-[#323130]">{chunks}</code>,
      })}
    </>
  );
}
