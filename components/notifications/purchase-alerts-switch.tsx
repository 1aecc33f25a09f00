"use client";

import { useTranslations } from "next-intl";
import { useOptimistic, useState, useTransition } from "react";
import { Switch } from "@/components/ui/switch";
import type { ActionResult } from "@/lib/i18n/describe";
import type { PurchaseAlertsSave } from "@/lib/notifications/set-purchase-alerts";

export function PurchaseAlertsSwitch({
  enabled,
  version,
  canChange,
  setAlerts,
}: {
  enabled: boolean;
  /** The version the setting was read at; each save answers the next one. */
  version: number;
  canChange: boolean;
  setAlerts: (input: { enabled: boolean; version: number }) => Promise<ActionResult<PurchaseAlertsSave>>;
}) {
  const t = useTranslations("settings");
  const [shown, showOptimistically] = useOptimistic(enabled);
  const [readAt, setReadAt] = useState(version);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState("");
  const [pending, startTransition] = useTransition();

  function change(next: boolean) {
    setError(null);
    setSaved("");
    startTransition(async () => {
      showOptimistically(next);
      const result = await setAlerts({ enabled: next, version: readAt });
      if (result.ok) {
        setReadAt(result.data.version);
        setSaved(next ? t("alerts.turnedOn") : t("alerts.turnedOff"));
      } else setError(result.message);
    });
  }

  return (
    <div className="mt-4">
      <div className="flex items-center justify-between gap-4">
        <span id="purchase-alerts-label" className="font-semibold">
          {t("alerts.switchLabel")}
        </span>
        <Switch
          checked={shown}
          onChange={change}
          disabled={!canChange || pending}
          busy={pending}
          aria-labelledby="purchase-alerts-label"
          aria-describedby={canChange ? undefined : "purchase-alerts-read-only"}
        />
      </div>
      {!canChange && (
        <p id="purchase-alerts-read-only" className="mt-2 text-muted">
          {t("alerts.readOnly")}
        </p>
      )}
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
