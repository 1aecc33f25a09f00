"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { entraSignInError } from "@/lib/auth/entra-sign-in-error";

/**
 * "Sign in with Microsoft", under the email and password form: Microsoft Entra ID's sign-in (OpenID Connect, through
 * next-auth), and why the last one did not sign in when the sign-in page was reached with its `error`.
 */
export function SignInWithMicrosoft({ callbackUrl, error }: { callbackUrl: string; error?: string }) {
  const t = useTranslations("signIn.entra");
  const [pending, setPending] = useState(false);
  const problem = entraSignInError(error);

  return (
    <div className="mt-6 space-y-4">
      <p className="flex items-center gap-3 text-muted before:h-px before:flex-1 before:bg-line after:h-px after:flex-1 after:bg-line">
        {t("or")}
      </p>
      {problem && (
        <p role="alert" className="text-danger">
          {problem === "refused" ? t("refused") : t("failed")}
        </p>
      )}
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        className="w-full gap-3"
        onClick={() => {
          setPending(true);
          // Leaves for Microsoft's sign-in page; the browser comes back through next-auth's callback.
          void signIn("entra", { callbackUrl });
        }}
      >
        <MicrosoftLogo />
        {pending ? t("redirecting") : t("button")}
      </Button>
    </div>
  );
}

/** Microsoft's four squares, as its sign-in buttons show them. */
function MicrosoftLogo() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 21 21">
      <rect x="1" y="1" width="9" height="9" fill="#f25022" />
      <rect x="11" y="1" width="9" height="9" fill="#7fba00" />
      <rect x="1" y="11" width="9" height="9" fill="#00a4ef" />
      <rect x="11" y="11" width="9" height="9" fill="#ffb900" />
    </svg>
  );
}
