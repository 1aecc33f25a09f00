import type { Metadata } from "next";
import { PurchaseAlertsSwitch } from "@/components/notifications/purchase-alerts-switch";
import { can } from "@/lib/access/roles";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { purchaseAlertsSetting } from "@/lib/notifications/notifications";
import { setPurchaseAlertsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requirePartnerActor();
  return (
    <>
      <h1 className="text-2xl font-semibold">Settings</h1>
      <section aria-labelledby="alerts-heading" className="mt-6 max-w-3xl rounded-sm border border-line p-5">
        <h2 id="alerts-heading" className="text-lg font-semibold">
          Purchase alerts
        </h2>
        <p className="mt-1 text-muted">
          Partner Center doesn&apos;t tell you when a customer buys a reservation themselves. Turn this on to get an
          in-app notification for each such purchase. Off by default.
        </p>
        <PurchaseAlertsSwitch
          {...purchaseAlertsSetting(actor)}
          canChange={can(actor.role, "changePartnerSettings")}
          setAlerts={setPurchaseAlertsAction}
        />
      </section>
    </>
  );
}
