"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/i18n/describe";

/** What the server did, counted, with each refusal already in the reader's words. */
export type AutoRenewDone = { turnedOn: number; alreadyOn: number; refused: { id: string; message: string }[] };

/**
 * The form around the Expiring soon table for Admin agents: the rows' checkboxes are its fields, and its button turns
 * auto-renew on for those checked. What the server did is announced; the page then shows the new state.
 */
export function BulkAutoRenewForm({
  action,
  children,
}: {
  action: (formData: FormData) => Promise<ActionResult<AutoRenewDone>>;
  children: React.ReactNode;
}) {
  const t = useTranslations("expiring");
  const [result, formAction, pending] = useActionState(
    (_previous: ActionResult<AutoRenewDone> | null, formData: FormData) => action(formData),
    null,
  );
  return (
    <form action={formAction} className="mt-4">
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("turnOn")}
        </Button>
        <span className="text-muted">{t("turnOnHint")}</span>
      </div>
      {result && !result.ok && (
        <p role="alert" className="mt-2 rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
          {result.fieldErrors ? Object.values(result.fieldErrors).flat().join(" ") : result.message}
        </p>
      )}
      {result?.ok && (
        <div role="status" className="mt-2">
          <p className="text-success">
            {t("outcome.turnedOn", { count: result.data.turnedOn })}
            {result.data.alreadyOn > 0 && ` ${t("outcome.alreadyOn", { count: result.data.alreadyOn })}`}
          </p>
          {result.data.refused.length > 0 && (
            <ul className="mt-1 text-danger">
              {result.data.refused.map((refused) => (
                <li key={refused.id}>{t("outcome.refused", { name: refused.id, reason: refused.message })}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {children}
    </form>
  );
}
