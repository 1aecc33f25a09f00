"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/i18n/describe";
import { ConfirmButton } from "./confirm-button";
import { useStepUp } from "./step-up";

/** "Reset MFA" in a partner user's row, for an Admin agent: after a lost device, the user sets MFA up again. */
export function ResetUserMfaButton({
  user,
  resetMfa,
}: {
  user: { id: number; displayName: string };
  resetMfa: (input: { partnerUserId: number }) => Promise<ActionResult<{ partnerUserId: number }>>;
}) {
  const t = useTranslations("mfa.users");
  const reset = useStepUp(resetMfa);
  const [pending, startTransition] = useTransition();
  const [answer, setAnswer] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <>
      <ConfirmButton
        label={t("resetMfa")}
        hint={user.displayName}
        title={t("resetTitle", { name: user.displayName })}
        explanation={t("resetExplanation")}
        confirmLabel={t("resetMfa")}
        disabled={pending}
        onConfirm={() => {
          setAnswer(null);
          startTransition(async () => {
            const result = await reset({ partnerUserId: user.id });
            setAnswer(
              result.ok
                ? { ok: true, text: t("resetDone", { name: user.displayName }) }
                : { ok: false, text: result.message },
            );
          });
        }}
      />
      {answer && (
        <p role={answer.ok ? "status" : "alert"} className={`mt-1 ${answer.ok ? "text-success" : "text-danger"}`}>
          {answer.text}
        </p>
      )}
    </>
  );
}
