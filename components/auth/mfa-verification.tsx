"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { passkeySignInOptionsAction, verifyMfaAction } from "@/app/mfa-actions";
import type { ActionResult } from "@/lib/i18n/describe";
import { SecondFactorFields } from "./second-factor-fields";
import { SignOutLink } from "./sign-out-link";

/** Verifying a session that is signed in already (single sign-on without MFA, or again before a sensitive act). */
export function MfaVerification({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("mfa.verify");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function verify(input: { code: string } | { passkey: unknown }) {
    setPending(true);
    setError(null);
    const result: ActionResult<unknown> = await verifyMfaAction(input);
    if (result.ok) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    setError(result.message);
  }

  return (
    <>
      <SecondFactorFields
        intro={t("intro")}
        error={error}
        pending={pending}
        onCode={(code) => void verify({ code })}
        passkeyOptions={passkeySignInOptionsAction}
        onPasskey={(response) => void verify({ passkey: JSON.parse(response) as unknown })}
        onPasskeyError={setError}
      />
      <SignOutLink />
    </>
  );
}
