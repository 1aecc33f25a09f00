"use client";

import { useTranslations } from "next-intl";
import { LocalDateTime } from "@/components/ui/local-date-time";
import type { WebhookRegistrationView } from "@/lib/webhooks/webhook-registration";

/** Why events are not going out, or have not been getting through: said before anything else on the card. */
export function RegistrationHealth({ registration }: { registration: WebhookRegistrationView }) {
  const t = useTranslations("webhooks");
  const { disabledForFailuresAt, failingSince, previousSecretUntil } = registration;
  return (
    <>
      {disabledForFailuresAt && (
        <p className="mt-3 rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
          {t.rich("details.disabledForFailures", {
            at: () => <LocalDateTime iso={disabledForFailuresAt.toISOString()} />,
          })}
        </p>
      )}
      {failingSince && (
        <p className="mt-3 rounded-sm bg-[#fff4ce] px-3 py-2 text-warning">
          {t.rich("details.failingSince", { at: () => <LocalDateTime iso={failingSince.toISOString()} /> })}
        </p>
      )}
      {previousSecretUntil && (
        <p className="mt-3 text-muted">
          {t.rich("details.previousSecretUntil", {
            at: () => <LocalDateTime iso={previousSecretUntil.toISOString()} />,
          })}
        </p>
      )}
    </>
  );
}
