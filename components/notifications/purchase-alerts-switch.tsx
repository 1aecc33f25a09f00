"use client";

import { useOptimistic, useState, useTransition } from "react";
import { Switch } from "@/components/ui/switch";
import type { Result } from "@/lib/result";

export function PurchaseAlertsSwitch({
  enabled,
  canChange,
  setAlerts,
}: {
  enabled: boolean;
  canChange: boolean;
  setAlerts: (input: { enabled: boolean }) => Promise<Result<{ enabled: boolean; changed: boolean }>>;
}) {
  const [shown, showOptimistically] = useOptimistic(enabled);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState("");
  const [pending, startTransition] = useTransition();

  function change(next: boolean) {
    setError(null);
    setSaved("");
    startTransition(async () => {
      showOptimistically(next);
      const result = await setAlerts({ enabled: next });
      if (result.ok) setSaved(next ? "Purchase alerts are on." : "Purchase alerts are off.");
      else setError(result.message);
    });
  }

  return (
    <div className="mt-4">
      <div className="flex items-center justify-between gap-4">
        <span id="purchase-alerts-label" className="font-semibold">
          Notify me when a customer buys a reservation
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
          Only Admin agents can change purchase alerts.
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
