"use client";

import { startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/i18n/describe";

type Props = {
  /** A heading of its own, when the page's title is something else (the sign-in form's second step). */
  heading?: string;
  intro: string;
  error: string | null;
  pending: boolean;
  onCode: (code: string) => void;
  passkeyOptions: () => Promise<ActionResult<PublicKeyCredentialRequestOptionsJSON>>;
  /** The browser's answer to the passkey challenge, as JSON for the server to check. */
  onPasskey: (response: string) => void;
  onPasskeyError: (message: string) => void;
  back?: { label: string; go: () => void };
};

/** The second factor: a code from the authenticator app or a recovery code, typed in one field, or a passkey. */
export function SecondFactorFields({
  heading,
  intro,
  error,
  pending,
  onCode,
  passkeyOptions,
  onPasskey,
  onPasskeyError,
  back,
}: Props) {
  const t = useTranslations("mfa.verify");
  const id = useId();

  async function usePasskey() {
    const options = await passkeyOptions();
    if (!options.ok) return onPasskeyError(options.message);
    try {
      onPasskey(JSON.stringify(await startAuthentication({ optionsJSON: options.data })));
    } catch {
      // Cancelled, timed out, or no passkey for this site on this device: the browser does not say which.
      onPasskeyError(t("passkeyFailed"));
    }
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onCode(String(new FormData(event.currentTarget).get("code") ?? ""));
      }}
      className="space-y-4"
      noValidate
    >
      {heading && <h2 className="text-lg font-semibold">{heading}</h2>}
      <p>{intro}</p>
      <div className="space-y-1">
        <label htmlFor={`${id}-code`} className="block font-semibold">
          {t("code")}
        </label>
        <input
          id={`${id}-code`}
          name="code"
          autoComplete="one-time-code"
          autoFocus
          required
          maxLength={64}
          aria-describedby={`${id}-hint`}
          className="w-full rounded-sm border border-[#8a8886] px-2 py-1.5"
        />
        <p id={`${id}-hint`} className="text-sm text-muted">
          {t("codeHint")}
        </p>
      </div>
      <p role="alert" className="min-h-5 text-danger">
        {error}
      </p>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("verifying") : t("submit")}
      </Button>
      <Button type="button" variant="secondary" disabled={pending} className="w-full" onClick={() => void usePasskey()}>
        {t("usePasskey")}
      </Button>
      {back && (
        <Button type="button" variant="secondary" disabled={pending} className="w-full" onClick={back.go}>
          {back.label}
        </Button>
      )}
    </form>
  );
}
