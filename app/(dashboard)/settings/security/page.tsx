import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SecurityInfoView } from "@/components/mfa/security-info-view";
import { getSession, requirePartnerActor } from "@/lib/auth/current-actor";
import { describeFailure } from "@/lib/i18n/describe";
import { readerWords } from "@/lib/i18n/server";
import { readSecurityInfo } from "@/lib/mfa/security-info";
import { beginAuthenticatorAppAction, beginPasskeyAction } from "@/app/mfa-actions";
import {
  addPasskeyOnPageAction,
  confirmAuthenticatorAppOnPageAction,
  removeSecurityMethodAction,
  renewRecoveryCodesAction,
} from "@/app/security-info-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mfa.security");
  return { title: t("title") };
}

/** A partner user's own security info: the ways they verify their identity, of which they keep at least one. */
export default async function PartnerSecurityInfoPage() {
  await requirePartnerActor();
  const info = await readSecurityInfo(await getSession());
  const t = await getTranslations("mfa.security");
  return (
    <ClientMessages namespaces={["common", "mfa"]}>
      <>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {info.ok ? (
          <SecurityInfoView
            info={info.data}
            mfaRequired
            actions={{
              beginAuthenticatorApp: beginAuthenticatorAppAction,
              confirmAuthenticatorApp: confirmAuthenticatorAppOnPageAction,
              beginPasskey: beginPasskeyAction,
              addPasskey: addPasskeyOnPageAction,
              removeMethod: removeSecurityMethodAction,
              renewRecoveryCodes: renewRecoveryCodesAction,
            }}
          />
        ) : (
          <p className="mt-3">{describeFailure(info, await readerWords()).message}</p>
        )}
      </>
    </ClientMessages>
  );
}
