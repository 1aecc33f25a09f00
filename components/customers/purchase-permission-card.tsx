"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Switch } from "@/components/ui/switch";
import type { ReservationPurchasePermissionView } from "@/lib/customers/get-customer-account";
import type { Result } from "@/lib/result";
import { PurchasePermissionChecklist } from "./purchase-permission-checklist";

type PermissionChange = { enabled: boolean; changed: boolean };
type SetPermission = (input: {
  customerId: string;
  resource: "AzureReservedInstances";
  enabled: boolean;
}) => Promise<Result<PermissionChange>>;

export const reservationPurchasePermissionKey = (customerId: string) =>
  ["customers", customerId, "reservation-purchase-permission"] as const;

async function fetchPermission(customerId: string): Promise<ReservationPurchasePermissionView> {
  const response = await fetch(`/api/customers/${customerId}/purchase-permission`, { cache: "no-store" });
  if (!response.ok) throw new Error("Could not load the customer's permissions.");
  return response.json();
}

export function ReservationPurchasePermission({
  initial,
  partnerName,
  setPermission,
}: {
  initial: ReservationPurchasePermissionView;
  partnerName: string;
  setPermission: SetPermission;
}) {
  const queryClient = useQueryClient();
  const queryKey = reservationPurchasePermissionKey(initial.customerId);
  const { data: permission } = useQuery({
    queryKey,
    queryFn: () => fetchPermission(initial.customerId),
    initialData: initial,
  });
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  const mutation = useMutation({
    mutationFn: async (enabled: boolean) => {
      const result = await setPermission({
        customerId: initial.customerId,
        resource: "AzureReservedInstances",
        enabled,
      });
      if (!result.ok) throw new Error(result.message);
      return result.data;
    },
    onMutate: async (enabled) => {
      setError(null);
      setStatus("");
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<ReservationPurchasePermissionView>(queryKey);
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
          ? "Customer permissions turned on: this customer can now purchase Azure reservations."
          : "Customer permissions turned off: this customer can no longer purchase Azure reservations.",
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });

  const describedBy = ["reservations-consequences", !permission.viewerCanChange && "reservations-read-only"]
    .filter(Boolean)
    .join(" ");

  return (
    <div className="mt-4 max-w-3xl rounded-sm border border-line p-5">
      <h3 className="text-base font-semibold">Azure reservations</h3>
      <div className="mt-3 flex items-center justify-between gap-4">
        <span id="reservations-switch-label" className="font-semibold">
          Allow customer to purchase
        </span>
        <Switch
          checked={permission.enabled}
          onChange={(enabled) => mutation.mutate(enabled)}
          disabled={!permission.viewerCanChange || mutation.isPending}
          busy={mutation.isPending}
          aria-labelledby="reservations-switch-label"
          aria-describedby={describedBy}
        />
      </div>
      {!permission.viewerCanChange && (
        <p id="reservations-read-only" className="mt-2 text-muted">
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

      <PurchasePermissionChecklist customerId={permission.customerId} checklist={permission.checklist} />

      <div id="reservations-consequences" className="mt-4">
        <p>
          Turning this on lets the customer buy their own Azure reservations in the Azure portal, for an Azure
          subscription you purchased for them. When it&apos;s on:
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>You ({partnerName}) pay for every purchase the customer makes from then on, at the price you set.</li>
          <li>
            You are not notified when the customer makes a purchase (unless you turn on purchase alerts in Settings).
          </li>
          <li>
            The customer can&apos;t exchange, cancel or renew a purchase, or change a reservation&apos;s scope: they
            have to ask you to do it.
          </li>
          <li>
            Their purchases appear with yours on the customer&apos;s Order history and Reservations pages and in the
            Activity log.
          </li>
        </ul>
      </div>
    </div>
  );
}
