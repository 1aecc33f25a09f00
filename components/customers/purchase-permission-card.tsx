"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Switch } from "@/components/ui/switch";
import type { PurchasePermissionResource } from "@/db/schema";
import type { PurchasePermissionView } from "@/lib/customers/get-customer-account";
import type { Result } from "@/lib/result";
import { PurchasePermissionChecklist } from "./purchase-permission-checklist";

type PermissionChange = { enabled: boolean; changed: boolean };
type SetPermission = (input: {
  customerId: string;
  resource: PurchasePermissionResource;
  enabled: boolean;
}) => Promise<Result<PermissionChange>>;

export const purchasePermissionKey = (customerId: string, resource: PurchasePermissionResource) =>
  ["customers", customerId, "purchase-permission", resource] as const;

async function fetchPermission(
  customerId: string,
  resource: PurchasePermissionResource,
): Promise<PurchasePermissionView> {
  const response = await fetch(`/api/customers/${customerId}/purchase-permission?resource=${resource}`, {
    cache: "no-store",
  });
  if (!response.ok) throw new Error("Could not load the customer's permissions.");
  return response.json();
}

/** What each permission is called, and what turning it on means, in the article's words. */
const copy: Record<
  PurchasePermissionResource,
  { title: string; id: string; what: string; buys: string; afterwards: React.ReactNode; appears: string }
> = {
  AzureReservedInstances: {
    title: "Azure reservations",
    id: "reservations",
    what: "buy their own Azure reservations in the Azure portal, for an Azure subscription you purchased for them",
    buys: "purchase Azure reservations",
    afterwards: (
      <>
        The customer can&apos;t exchange, cancel or renew a purchase, or change a reservation&apos;s scope: they have to
        ask you to do it.
      </>
    ),
    appears:
      "Their purchases appear with yours on the customer's Order history and Reservations pages and in the Activity log.",
  },
  AzureSavingsPlan: {
    title: "Azure savings plans",
    id: "savings-plans",
    what: "buy their own Azure savings plan for a specific Azure subscription you purchased for them",
    buys: "purchase Azure savings plans",
    afterwards: (
      <>
        A savings plan can&apos;t be cancelled or exchanged by anyone, you included. Changing its scope or its renewal
        goes through you: the customer asks you to do it.
      </>
    ),
    appears:
      "Their purchases appear with yours on the customer's Order history and Savings plans pages and in the Activity log.",
  },
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
  const { resource, customerId } = initial;
  const text = copy[resource];
  const queryClient = useQueryClient();
  const queryKey = purchasePermissionKey(customerId, resource);
  const { data: permission } = useQuery({
    queryKey,
    queryFn: () => fetchPermission(customerId, resource),
    initialData: initial,
  });
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  const mutation = useMutation({
    mutationFn: async (enabled: boolean) => {
      const result = await setPermission({ customerId, resource, enabled });
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
      setError(failure.message || "The change could not be saved. Try again.");
    },
    onSuccess: (change) => {
      setStatus(
        change.enabled
          ? `Customer permissions turned on: this customer can now ${text.buys}.`
          : `Customer permissions turned off: this customer can no longer ${text.buys}.`,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });

  const headingId = `${text.id}-heading`;
  const describedBy = [`${text.id}-consequences`, !permission.viewerCanChange && `${text.id}-read-only`]
    .filter(Boolean)
    .join(" ");

  return (
    <section aria-labelledby={headingId} className="mt-4 max-w-3xl rounded-sm border border-line p-5">
      <h3 id={headingId} className="text-base font-semibold">
        {text.title}
      </h3>
      <div className="mt-3 flex items-center justify-between gap-4">
        <span id={`${text.id}-switch-label`} className="font-semibold">
          Allow customer to purchase
        </span>
        <Switch
          checked={permission.enabled}
          onChange={(enabled) => mutation.mutate(enabled)}
          disabled={!permission.viewerCanChange || mutation.isPending}
          busy={mutation.isPending}
          aria-labelledby={`${text.id}-switch-label`}
          aria-describedby={describedBy}
        />
      </div>
      {!permission.viewerCanChange && (
        <p id={`${text.id}-read-only`} className="mt-2 text-muted">
          Only Admin agents can change customer permissions. You have read-only access.
        </p>
      )}
      <p role="alert" className="mt-2 empty:hidden rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
        {error}
      </p>
      <p role="status" className="mt-2 empty:hidden text-success">
        {status}
      </p>

      {permission.enabled && !permission.checklist.azureSubscription.met && (
        <p className="mt-3 rounded-sm bg-[#fff4ce] px-3 py-2 text-warning">
          This permission is on, but the customer no longer has an active Azure plan or Azure Global subscription. Their
          purchases will fail until one is active again.
        </p>
      )}

      <PurchasePermissionChecklist customerId={customerId} resource={resource} checklist={permission.checklist} />

      <div id={`${text.id}-consequences`} className="mt-4">
        <p>Turning this on lets the customer {text.what}. When it&apos;s on:</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>You ({partnerName}) pay for every purchase the customer makes from then on, at the price you set.</li>
          <li>
            You are not notified when the customer makes a purchase (unless you turn on purchase alerts in Settings).
          </li>
          <li>{text.afterwards}</li>
          <li>{text.appears}</li>
        </ul>
      </div>
    </section>
  );
}
