import type { Metadata } from "next";
import Link from "next/link";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { PurchaseAlertsSwitch } from "@/components/notifications/purchase-alerts-switch";
import { can } from "@/lib/access/roles";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { purchaseAlertsSetting } from "@/lib/notifications/notifications";
import { createApiKeyAction, revokeApiKeyAction, setPurchaseAlertsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requirePartnerActor();
  const keys = listApiKeys(actor);
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
      <section aria-labelledby="api-keys-heading" className="mt-6 rounded-sm border border-line p-5">
        <h2 id="api-keys-heading" className="text-lg font-semibold">
          API keys
        </h2>
        <p className="mt-1 max-w-3xl text-muted">
          Programs — a scheduler, your PSA tool — call the Partner Console API with a key, sent as{" "}
          <code>Authorization: Bearer &lt;key&gt;</code>. A full key has an Admin agent&apos;s rights; a read-only key
          can only read. Each key works for {actor.partnerName} only, until it expires or is revoked, and only while the
          Admin agent who created it has access. See the{" "}
          <Link href="/developers" className="text-brand underline">
            API reference
          </Link>
          .
        </p>
        {keys.ok ? (
          <>
            <CreateApiKeyForm create={createApiKeyAction} />
            <ApiKeysTable keys={keys.data} revoke={revokeApiKeyAction} />
          </>
        ) : (
          <p className="mt-3">{keys.message}</p>
        )}
      </section>
    </>
  );
}
