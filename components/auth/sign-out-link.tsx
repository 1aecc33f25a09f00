"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

/** Leaving the MFA step without finishing it: the half-signed session ends. */
export function SignOutLink() {
  const t = useTranslations("mfa");
  return (
    <button
      type="button"
      className="mt-6 text-brand underline"
      onClick={() => void signOut({ callbackUrl: "/signin" })}
    >
      {t("signOut")}
    </button>
  );
}
