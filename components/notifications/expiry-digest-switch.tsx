"use client";

import { useTranslations } from "next-intl";
import { useOptimistic, useState, useTransition } from "react";
import { Switch } from "@/components/ui/switch";
import type { ActionResult } from "@/lib/i18n/describe";
import type { ExpiryDigestSave } from "@/lib/notifications/set-expiry-digest";

/** The signed-in agent's own choice of the daily digest of what expires soon: every agent may change theirs. */
export function ExpiryDigestSwitch({
  enabled,
  withinDays,
  setDigest,
}: {
  enabled: boolean;
  /** The window the digest tells about, in days. */
  withinDays: number;
  setDigest: (input: { enabled: boolean }) => Promise<ActionResult<ExpiryDigestSave>>;
}) {
  const t = useTranslations("expiryDigest");
  const [shown, showOptimistically] = useOptimistic(enabled);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState("");
  const [pending, startTransition] = useTransition();

  function change(next: boolean) {
    setError(null);
    setSaved("");
    startTransition(async () => {
      showOptimistically(next);
      const result = await setDigest({ enabled: next });
      if (result.ok) setSaved(next ? t("turnedOn") : t("turnedOff"));
      else setError(result.message);
    });
  }

  return (
    <div className="mt-4 max-w-3xl">
      <div className="flex items-center justify-between gap-4">
        <span id="expiry-digest-label">{t("switchLabel", { days: withinDays })}</span>
        <Switch
          checked={shown}
          onChange={change}
          disabled={pending}
          busy={pending}
          aria-labelledby="expiry-digest-label"
          aria-describedby="expiry-digest-intro"
        />
      </div>
      <p id="expiry-digest-intro" className="mt-1 text-muted">
        {t("intro", { days: withinDays })}
      </p>
      <p role="status" className="mt-2 text-success empty:hidden">
        {saved}
      </p>
      {error && (
        <p role="alert" className="mt-2 rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
