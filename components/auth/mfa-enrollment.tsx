"use client";

import { startRegistration } from "@simplewebauthn/browser";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  addPasskeyAction,
  beginAuthenticatorAppAction,
  beginPasskeyAction,
  confirmAuthenticatorAppAction,
} from "@/app/mfa-actions";
import { Button } from "@/components/ui/button";
import { RecoveryCodesList } from "./recovery-codes-list";
import { SignOutLink } from "./sign-out-link";

type AppSetup = { key: string; qrCode: string };

/** The key as authenticator apps ask to have it typed: in groups of four. */
const grouped = (key: string) => key.match(/.{1,4}/g)?.join(" ") ?? key;

/**
 * A partner user's first sign-in without a method: MFA is required, so one is set up before anything else, an
 * authenticator app (QR code, or the key typed in) or a passkey; then the recovery codes, shown once.
 */
export function MfaEnrollment({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("mfa.enroll");
  const router = useRouter();
  const [app, setApp] = useState<AppSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function run<T>(
    work: () => Promise<{ ok: true; data: T } | { ok: false; message: string }>,
    then: (data: T) => void,
  ) {
    setPending(true);
    setError(null);
    const result = await work();
    setPending(false);
    if (result.ok) then(result.data);
    else setError(result.message);
  }

  async function addPasskey(name: string) {
    const options = await beginPasskeyAction();
    if (!options.ok) return options;
    try {
      const response = await startRegistration({ optionsJSON: options.data });
      return addPasskeyAction({ name, response });
    } catch {
      return { ok: false as const, message: t("passkeyFailed") };
    }
  }

  if (codes) {
    return (
      <div className="space-y-4">
        <RecoveryCodesList codes={codes} />
        <Button
          type="button"
          className="w-full"
          onClick={() => {
            router.replace(callbackUrl);
            router.refresh();
          }}
        >
          {t("continue")}
        </Button>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <p>{t("intro")}</p>
      {app ? (
        <form
          className="space-y-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const code = String(new FormData(event.currentTarget).get("code") ?? "");
            void run(
              () => confirmAuthenticatorAppAction({ code }),
              (data) => setCodes(data.recoveryCodes ?? []),
            );
          }}
        >
          <p>{t("scan")}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: address made on the server, nothing to optimize */}
          <img src={app.qrCode} alt={t("qrCodeAlt")} width={180} height={180} className="mx-auto" />
          <p>
            {t("keyIntro")}{" "}
            <code aria-label={t("keyLabel")} className="font-mono">
              {grouped(app.key)}
            </code>
          </p>
          <div className="space-y-1">
            <label htmlFor="enroll-code" className="block font-semibold">
              {t("code")}
            </label>
            <input
              id="enroll-code"
              name="code"
              autoComplete="one-time-code"
              inputMode="numeric"
              required
              maxLength={32}
              className="w-full rounded-sm border border-[#8a8886] px-2 py-1.5"
            />
          </div>
          <p role="alert" className="min-h-5 text-danger">
            {error}
          </p>
          <Button type="submit" disabled={pending} className="w-full">
            {t("verify")}
          </Button>
        </form>
      ) : (
        <>
          <Button
            type="button"
            disabled={pending}
            className="w-full"
            onClick={() => void run(beginAuthenticatorAppAction, setApp)}
          >
            {t("setUpApp")}
          </Button>
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            className="w-full"
            onClick={() =>
              void run(
                () => addPasskey(t("defaultPasskeyName")),
                (data) => setCodes(data.recoveryCodes ?? []),
              )
            }
          >
            {t("setUpPasskey")}
          </Button>
          <p role="alert" className="min-h-5 text-danger">
            {error}
          </p>
        </>
      )}
      <SignOutLink />
    </div>
  );
}
