"use client";

import { useTranslations } from "next-intl";
import { useId, useOptimistic, useState, useTransition } from "react";
import { Switch } from "@/components/ui/switch";
import type { ActionResult } from "@/lib/i18n/describe";
import type { WebhookRegistrationView } from "@/lib/webhooks/webhook-registration";
import type { UpdateWebhook } from "./webhook-panel";

/**
 * "Send events": turns the webhook off or on, saving it as shown with the version it was read at. Turning it on again
 * after Partner Console turned it off for failing starts its health afresh (the use case clears both dates).
 */
export function EnabledSwitch({
  registration,
  update,
}: {
  registration: WebhookRegistrationView;
  update: UpdateWebhook;
}) {
  const t = useTranslations("webhooks");
  const id = useId();
  const [shown, showOptimistically] = useOptimistic(registration.enabled);
  const [answer, setAnswer] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function change(enabled: boolean) {
    setAnswer(null);
    startTransition(async () => {
      showOptimistically(enabled);
      const { url, events, version } = registration;
      const result: ActionResult<unknown> = await update({ url, events, enabled, version });
      setAnswer(
        result.ok
          ? { ok: true, text: enabled ? t("details.turnedOn") : t("details.turnedOff") }
          : { ok: false, text: result.message },
      );
    });
  }

  return (
    <div>
      <div className="flex items-center gap-4">
        <span id={`${id}-label`} className="font-semibold">
          {t("details.sendEvents")}
        </span>
        <Switch checked={shown} onChange={change} disabled={pending} busy={pending} aria-labelledby={`${id}-label`} />
      </div>
      {answer && (
        <p
          role={answer.ok ? "status" : "alert"}
          className={answer.ok ? "mt-2 text-success" : "mt-2 rounded-sm bg-[#fde7e9] px-3 py-2 text-danger"}
        >
          {answer.text}
        </p>
      )}
    </div>
  );
}
