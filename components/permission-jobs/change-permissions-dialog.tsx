"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { purchasePermissionResources, type PurchasePermissionResource } from "@/db/enums";
import type { ActionResult } from "@/lib/i18n/describe";
import { newIdempotencyKey } from "@/lib/orders/new-idempotency-key";
import type { PermissionJobSelection } from "@/lib/permission-jobs/permission-job-input";
import type { PermissionJobPreview } from "@/lib/permission-jobs/preview-permission-job";
import { useJobWords } from "./job-words";

/** The Customers page's server actions behind the dialog (app/(dashboard)/customers/actions.ts). */
export type BulkPermissionActions = {
  preview: (input: unknown) => Promise<ActionResult<PermissionJobPreview>>;
  start: (input: unknown) => Promise<ActionResult<{ jobId: string }>>;
};

/**
 * "Change customer permissions…": which permission, On or Off, a preview of what that would do to the customers
 * selected, then Start, which sends the agent to the job's page. The preview is only a forecast: the job decides
 * again for each customer when its turn comes.
 */
export function ChangePermissionsDialog({
  selection,
  preview,
  start,
}: BulkPermissionActions & { selection: PermissionJobSelection | null }) {
  const t = useTranslations("permissionJobs");
  const { selection: selectionWords } = useJobWords();
  const tSelection = useTranslations("customers.selection");
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const [resource, setResource] = useState<PurchasePermissionResource>("AzureReservedInstances");
  const [enabled, setEnabled] = useState(true);
  const [forecast, setForecast] = useState<PermissionJobPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<"preview" | "start" | null>(null);
  // One key per opening of the dialog: Start pressed twice (or retried after a lost answer) starts one job.
  const [idempotencyKey, setIdempotencyKey] = useState("");

  const open = () => {
    setForecast(null);
    setError(null);
    setIdempotencyKey(newIdempotencyKey());
    dialog.current?.showModal();
  };
  // Another permission or state asks another question: the forecast shown would be of the previous one.
  const choose = (next: { resource?: PurchasePermissionResource; enabled?: boolean }) => {
    if (next.resource) setResource(next.resource);
    if (next.enabled !== undefined) setEnabled(next.enabled);
    setForecast(null);
    setError(null);
  };
  const run = async <T,>(step: "preview" | "start", call: () => Promise<ActionResult<T>>) => {
    setPending(step);
    setError(null);
    try {
      const result = await call();
      if (!result.ok) setError(result.message);
      return result.ok ? result.data : null;
    } finally {
      setPending(null);
    }
  };
  const request = selection && { resource, enabled, selection };

  return (
    <>
      <Button type="button" onClick={open} disabled={!selection}>
        {tSelection("changePermissions")}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="change-permissions-title"
        className="m-auto w-full max-w-lg rounded-sm p-6 shadow-xl backdrop:bg-black/40"
      >
        <h2 id="change-permissions-title" className="text-lg font-semibold">
          {t("dialog.title")}
        </h2>
        {selection && (
          <p className="mt-1 text-muted">
            {t("dialog.for", {
              selection: selectionWords({
                search: "search" in selection ? selection.search : null,
                pickedCount: "customerIds" in selection ? selection.customerIds.length : null,
              }),
            })}
          </p>
        )}
        <fieldset className="mt-4">
          <legend className="font-semibold">{t("dialog.permission")}</legend>
          {purchasePermissionResources.map((option) => (
            <label key={option} className="mt-1 flex items-center gap-2">
              <input
                type="radio"
                name="resource"
                checked={resource === option}
                onChange={() => choose({ resource: option })}
                className="accent-brand"
              />
              {t(`resource.${option}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="mt-4">
          <legend className="font-semibold">{t("dialog.setting")}</legend>
          {[true, false].map((option) => (
            <label key={String(option)} className="mt-1 flex items-center gap-2">
              <input
                type="radio"
                name="enabled"
                checked={enabled === option}
                onChange={() => choose({ enabled: option })}
                className="accent-brand"
              />
              {option ? t("dialog.on") : t("dialog.off")}
            </label>
          ))}
        </fieldset>
        {forecast && <Forecast forecast={forecast} />}
        <p role="alert" className="mt-3 empty:hidden rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
          {error}
        </p>
        <div className="mt-5 flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            {t("dialog.close")}
          </Button>
          <Button
            type="button"
            variant={forecast ? "secondary" : "primary"}
            disabled={!request || pending !== null}
            onClick={async () => {
              if (request) setForecast(await run("preview", () => preview(request)));
            }}
          >
            {pending === "preview" ? t("dialog.previewing") : t("dialog.preview")}
          </Button>
          {forecast && (
            <Button
              type="button"
              disabled={!request || forecast.willChange === 0 || pending !== null}
              onClick={async () => {
                if (!request) return;
                const started = await run("start", () => start({ ...request, idempotencyKey }));
                if (started) router.push(`/customers/jobs/${started.jobId}`);
              }}
            >
              {pending === "start" ? t("dialog.starting") : t("dialog.start")}
            </Button>
          )}
        </div>
      </dialog>
    </>
  );
}

/** What the job would do: how many change, how many are already so, and who cannot, grouped by why. */
function Forecast({ forecast }: { forecast: PermissionJobPreview }) {
  const t = useTranslations("permissionJobs");
  return (
    <section aria-labelledby="change-permissions-forecast" className="mt-4 rounded-sm border border-line p-3">
      <h3 id="change-permissions-forecast" className="font-semibold">
        {t("dialog.previewHeading")}
      </h3>
      <p className="mt-1">{t("dialog.willChange", { count: forecast.willChange })}</p>
      {forecast.unchanged > 0 && <p className="mt-1">{t("dialog.unchanged", { count: forecast.unchanged })}</p>}
      {forecast.cannot.map((group) => (
        <div key={group.reason} className="mt-2">
          <p>
            {t("dialog.cannot", {
              count: group.count,
              reason: t(group.reason.replace(/^permissionJobs\./, "") as "reasons.noAzurePlan"),
            })}
          </p>
          <ul className="mt-1 max-h-32 list-disc overflow-y-auto pl-5 text-muted">
            {group.customers.map((customer) => (
              <li key={customer.tenantId}>{customer.companyName}</li>
            ))}
            {group.count > group.customers.length && (
              <li>{t("dialog.more", { count: group.count - group.customers.length })}</li>
            )}
          </ul>
        </div>
      ))}
      {forecast.willChange === 0 && <p className="mt-2 text-muted">{t("dialog.nothingToChange")}</p>}
    </section>
  );
}
