"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { Switch } from "@/components/ui/switch";
import type { PurchasePermissionResource } from "@/db/schema";
import type { PurchasePermissionView } from "@/lib/customers/get-customer-account";
import type { ActionResult } from "@/lib/i18n/describe";
import { PurchasePermissionChecklist } from "./purchase-permission-checklist";

type PermissionChange = { enabled: boolean; changed: boolean };
type SetPermission = (input: {
  customerId: string;
  resource: PurchasePermissionResource;
  enabled: boolean;
}) => Promise<ActionResult<PermissionChange>>;

export const purchasePermissionKey = (customerId: string, resource: PurchasePermissionResource) =>
  ["customers", customerId, "purchase-permission", resource] as const;

async function fetchPermission(
  customerId: string,
  resource: PurchasePermissionResource,
  loadFailed: string,
): Promise<PurchasePermissionView> {
  const response = await fetch(`/api/customers/${customerId}/purchase-permission?resource=${resource}`, {
    cache: "no-store",
  });
  if (!response.ok) throw new Error(loadFailed);
  return response.json();
}

/** The element ids of each permission's card (its words are permissions.*.<resource> in the catalogues). */
const cardId: Record<PurchasePermissionResource, string> = {
  AzureReservedInstances: "reservations",
  AzureSavingsPlan: "savings-plans",
};

/** One customer permission: its switch, its live prerequisites, and what turning it on means. */
export function PurchasePermissionCard({
  initial,
  partnerName,
  setPermission,
}: {
  initial: PurchasePermissionView;
  partnerName: string;
  setPermission: SetPermission;
}) {
  const t = useTranslations("permissions");
  const { resource, customerId } = initial;
  const id = cardId[resource];
  const queryClient = useQueryClient();
  const queryKey = purchasePermissionKey(customerId, resource);
  const loadFailed = t("loadFailed");
  const { data: permission } = useQuery({
    queryKey,
    queryFn: () => fetchPermission(customerId, resource, loadFailed),
    initialData: initial,
  });
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  const mutation = useMutation({
    mutationFn: async (enabled: boolean) => {
      const result = await setPermission({ customerId, resource, enabled });
      // The server put its refusal into the reader's words already.
      if (!result.ok) throw new Error(result.message);
      return result.data;
    },
    onMutate: async (enabled) => {
      setError(null);
      setStatus("");
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<PurchasePermissionView>(queryKey);
      if (previous) queryClient.setQueryData(queryKey, { ...previous, enabled });
      return { previous };
    },
    onError: (failure, _enabled, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
      setError(failure.message || t("saveFailed"));
    },
    onSuccess: (change) => {
      setStatus(change.enabled ? t(`turnedOn.${resource}`) : t(`turnedOff.${resource}`));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });

  const headingId = `${id}-heading`;
  const describedBy = [`${id}-consequences`, !permission.viewerCanChange && `${id}-read-only`]
    .filter(Boolean)
    .join(" ");

  return (
    <section aria-labelledby={headingId} className="mt-4 max-w-3xl rounded-sm border border-line p-5">
      <h3 id={headingId} className="text-base font-semibold">
        {t(`resource.${resource}`)}
      </h3>
      <div className="mt-3 flex items-center justify-between gap-4">
        <span id={`${id}-switch-label`} className="font-semibold">
          {t("switchLabel")}
        </span>
        <Switch
          checked={permission.enabled}
          onChange={(enabled) => mutation.mutate(enabled)}
          disabled={!permission.viewerCanChange || mutation.isPending}
          busy={mutation.isPending}
          aria-labelledby={`${id}-switch-label`}
          aria-describedby={describedBy}
        />
      </div>
      {permission.enabled && permission.turnedOn && (
        // What the Activity log entry says, kept beside the switch: nobody has to search the log to know who did it.
        <p className="mt-1 text-muted">
          {t.rich("turnedOnBy", {
            by: permission.turnedOn.by,
            at: () => <LocalDateTime iso={permission.turnedOn!.at} />,
          })}
        </p>
      )}
      {!permission.viewerCanChange && (
        <p id={`${id}-read-only`} className="mt-2 text-muted">
          {t("readOnly")}
        </p>
      )}
      <p role="alert" className="mt-2 empty:hidden rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
        {error}
      </p>
      <p role="status" className="mt-2 empty:hidden text-success">
        {status}
      </p>

      {permission.enabled && !permission.checklist.azureSubscription.met && (
        // A darker yellow-brown than text-warning, which falls just short of 4.5:1 on this background.
        <p className="mt-3 rounded-sm bg-[#fff4ce] px-3 py-2 text-[#735c00]">{t("noAzureSubscriptionWarning")}</p>
      )}

      <PurchasePermissionChecklist customerId={customerId} resource={resource} checklist={permission.checklist} />

      <div id={`${id}-consequences`} className="mt-4">
        <p>{t(`consequencesIntro.${resource}`)}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>{t("partnerPays", { partner: partnerName })}</li>
          <li>{t("notNotified")}</li>
          <li>{t(`afterwards.${resource}`)}</li>
          <li>{t(`appears.${resource}`)}</li>
        </ul>
      </div>
    </section>
  );
}
