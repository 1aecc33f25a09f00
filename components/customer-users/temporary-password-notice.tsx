/** A temporary password, shown the one time it exists in the clear: the Admin agent hands it to the user. */
export function TemporaryPasswordNotice({
  lead,
  userPrincipalName,
  temporaryPassword,
}: {
  lead: string;
  userPrincipalName: string;
  temporaryPassword: string;
}) {
  return (
    <>
      {lead} Temporary password for {userPrincipalName}:{" "}
      <code className="rounded-sm bg-nav px-1.5 py-0.5 font-mono text-[#323130]">{temporaryPassword}</code>. Give it to
      the user now: it is shown only this once, and they must change it when they first sign in.
    </>
  );
}
