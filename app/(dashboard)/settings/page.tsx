import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { PartnerUsersSection } from "@/components/mfa/partner-users-section";
import { NewAzurePlanRules } from "@/components/new-azure-plan-permissions/new-azure-plan-rules";
import { PurchaseAlertsSwitch } from "@/components/notifications/purchase-alerts-switch";
import { DefaultPurchaseControls } from "@/components/purchase-controls/default-purchase-controls";
import { buttonLinkClass } from "@/components/ui/button";
import { can } from "@/lib/access/roles";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { describeFailure } from "@/lib/i18n/describe";
import { readerWords } from "@/lib/i18n/server";
import { getNewAzurePlanPermissions } from "@/lib/new-azure-plan-permissions/get-new-azure-plan-permissions";
import { purchaseAlertsSetting } from "@/lib/notifications/notifications";
import { getDefaultPurchaseControls } from "@/lib/purchase-controls/get-purchase-controls";
import { listPartnerUsers } from "@/lib/users/list-partner-users";
import {
  createApiKeyAction,
  resetUserMfaAction,
  revokeApiKeyAction,
  setDefaultPurchaseControlsAction,
  setNewAzurePlanPermissionsAction,
  setPurchaseAlertsAction,
} from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const actor = await requirePartnerActor();
  const t = await getTranslations("settings");
  const keys = await listApiKeys(actor);
  const controls = await getDefaultPurchaseControls(actor);
  const newAzurePlanRules = await getNewAzurePlanPermissions(actor);
  return (
    <ClientMessages namespaces={["apiKeys", "common", "mfa", "purchaseControls", "settings"]}>
      <>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <section aria-labelledby="alerts-heading" className="mt-6 max-w-3xl rounded-sm border border-line p-5">
          <h2 id="alerts-heading" className="text-lg font-semibold">
            {t("alerts.heading")}
          </h2>
          <p className="mt-1 text-muted">{t("alerts.intro")}</p>
          <PurchaseAlertsSwitch
            {...await purchaseAlertsSetting(actor)}
            canChange={can(actor.role, "changePartnerSettings")}
            setAlerts={setPurchaseAlertsAction}
          />
        </section>
        <section aria-labelledby="new-azure-plans-heading" className="mt-6 max-w-3xl rounded-sm border border-line p-5">
          <h2 id="new-azure-plans-heading" className="text-lg font-semibold">
            {t("newAzurePlans.heading")}
          </h2>
          <p className="mt-1 text-muted">{t("newAzurePlans.intro")}</p>
          {newAzurePlanRules.ok ? (
            <NewAzurePlanRules
              initial={newAzurePlanRules.data}
              canChange={newAzurePlanRules.data.canChange}
              save={setNewAzurePlanPermissionsAction}
            />
          ) : (
            <p className="mt-3">{describeFailure(newAzurePlanRules, await readerWords()).message}</p>
          )}
        </section>
        {controls.ok ? (
          <DefaultPurchaseControls defaults={controls.data} save={setDefaultPurchaseControlsAction} />
        ) : (
          <p className="mt-6">{describeFailure(controls, await readerWords()).message}</p>
        )}
        <section aria-labelledby="api-keys-heading" className="mt-6 rounded-sm border border-line p-5">
          <h2 id="api-keys-heading" className="text-lg font-semibold">
            {t("apiKeys.heading")}
          </h2>
          <p className="mt-1 max-w-3xl text-muted">
            {t.rich("apiKeys.intro", {
              header: "Authorization: Bearer <key>",
              partner: actor.partnerName,
              code: (chunks) => <code>{chunks}</code>,
              link: (chunks) => (
                <Link href="/developers" className="text-brand underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
          {keys.ok ? (
            <>
              <CreateApiKeyForm create={createApiKeyAction} />
              <ApiKeysTable keys={keys.data} revoke={revokeApiKeyAction} />
            </>
          ) : (
            <p className="mt-3">{describeFailure(keys, await readerWords()).message}</p>
          )}
        </section>
        <section aria-labelledby="webhooks-heading" className="mt-6 max-w-3xl rounded-sm border border-line p-5">
          <h2 id="webhooks-heading" className="text-lg font-semibold">
            {t("webhooks.heading")}
          </h2>
          <p className="mt-1 text-muted">{t("webhooks.intro")}</p>
          {can(actor.role, "changePartnerSettings") ? (
            <Link href="/settings/webhooks" className={`mt-3 ${buttonLinkClass}`}>
              {t("webhooks.manage")}
            </Link>
          ) : (
            <p className="mt-3 text-muted">{t("webhooks.readOnly")}</p>
          )}
        </section>
        <PartnerUsersSection
          viewer={actor}
          users={await listPartnerUsers(actor)}
          resetMfa={can(actor.role, "manageUsers") ? resetUserMfaAction : null}
        />
      </>
    </ClientMessages>
  );
}
