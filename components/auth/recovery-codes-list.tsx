"use client";

import { useTranslations } from "next-intl";

/** Recovery codes just issued: shown this once, never again (only their hashes are kept). */
export function RecoveryCodesList({ codes }: { codes: string[] }) {
  const t = useTranslations("mfa.recoveryCodes");
  return (
    <section aria-labelledby="recovery-codes-heading" className="space-y-3">
      <h2 id="recovery-codes-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p>{t("intro")}</p>
      <ul aria-label={t("listLabel")} className="grid grid-cols-2 gap-1 rounded-sm border border-line p-3 font-mono">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </section>
  );
}
