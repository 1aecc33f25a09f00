"use client";

import { useTranslations } from "next-intl";
import { useId, useOptimistic, useState, useTransition } from "react";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { Switch } from "@/components/ui/switch";
import type { PurchasePermissionResource } from "@/db/schema";
import type { ActionResult } from "@/lib/i18n/describe";
import type { NewAzurePlanPermissions } from "@/lib/new-azure-plan-permissions/get-new-azure-plan-permissions";
import type { WantedRules } from "@/lib/new-azure-plan-permissions/rule-changes";
import type { NewAzurePlanPermissionsSave } from "@/lib/new-azure-plan-permissions/set-new-azure-plan-permissions";

type Rules = Omit<NewAzurePlanPermissions, "canChange">;
type Save = (input: { rules: WantedRules; version: number }) => Promise<ActionResult<NewAzurePlanPermissionsSave>>;

/**
 * Settings' switches for the rules that turn a permission on when a customer gets its first Azure plan. Each flip
 * saves both rules as shown, with the version they were read at: a flip in a tab left open while another Admin agent
 * changed them is refused and says so, and the switches go back to what this tab last knew.
 */
export function NewAzurePlanRules({ initial, canChange, save }: { initial: Rules; canChange: boolean; save: Save }) {
  const t = useTranslations("settings");
  const id = useId();
  const [rules, setRules] = useState(initial);
  const [shown, showOptimistically] = useOptimistic(rules.rules);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState("");
  const [pending, startTransition] = useTransition();

  function change(resource: PurchasePermissionResource, enabled: boolean) {
    setError(null);
    setSaved("");
    const wanted = shown.map((rule) => (rule.resource === resource ? { ...rule, enabled } : rule));
    startTransition(async () => {
      showOptimistically(wanted);
      // Both rules, as this tab shows them: the version says what they were based on.
      const asked = Object.fromEntries(wanted.map((rule) => [rule.resource, rule.enabled])) as WantedRules;
      const result = await save({ rules: asked, version: rules.version });
      if (result.ok) {
        setRules(result.data);
        setSaved(t("newAzurePlans.saved"));
      } else setError(result.message);
    });
  }

  return (
    <div className="mt-4 space-y-4">
      {shown.map((rule) => {
        const labelId = `${id}-${rule.resource}`;
        return (
          <div key={rule.resource}>
            <div className="flex items-center justify-between gap-4">
              <span id={labelId} className="font-semibold">
                {t(`newAzurePlans.switchLabel.${rule.resource}`)}
              </span>
              <Switch
                checked={rule.enabled}
                onChange={(enabled) => change(rule.resource, enabled)}
                disabled={!canChange || pending}
                busy={pending}
                aria-labelledby={labelId}
                aria-describedby={canChange ? undefined : `${id}-read-only`}
              />
            </div>
            {rule.enabled && rule.turnedOn && (
              <p className="mt-1 text-muted">
                {t.rich("newAzurePlans.turnedOnBy", {
                  by: rule.turnedOn.by,
                  at: () => <LocalDateTime iso={rule.turnedOn!.at} />,
                })}
              </p>
            )}
          </div>
        );
      })}
      {!canChange && (
        <p id={`${id}-read-only`} className="text-muted">
          {t("newAzurePlans.readOnly")}
        </p>
      )}
      <p role="status" className="text-success empty:hidden">
        {saved}
      </p>
      {error && (
        <p role="alert" className="rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
