import { getTranslations } from "next-intl/server";
import { beginAuthenticatorAppAction, beginPasskeyAction } from "@/app/mfa-actions";
import {
  addPasskeyOnPageAction,
  confirmAuthenticatorAppOnPageAction,
  removeSecurityMethodAction,
  renewRecoveryCodesAction,
} from "@/app/security-info-actions";
import { getSession } from "@/lib/auth/current-actor";
import { describeFailure } from "@/lib/i18n/describe";
import { readerWords } from "@/lib/i18n/server";
import { readSecurityInfo } from "@/lib/mfa/security-info";
import { SecurityInfoView } from "./security-info-view";

/**
 * The Security info page's content, the same in the dashboard and the customer area once each has checked who is
 * asking: only whether MFA is required differs (partner users keep at least one method). The page hands the browser
 * the "common" and "mfa" messages.
 */
export async function SecurityInfoPage({ mfaRequired }: { mfaRequired: boolean }) {
  const info = await readSecurityInfo(await getSession());
  const t = await getTranslations("mfa.security");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {info.ok ? (
        <SecurityInfoView
          info={info.data}
          mfaRequired={mfaRequired}
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
  );
}
