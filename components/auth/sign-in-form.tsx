"use client";

import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { passkeySignInOptionsAction } from "@/app/mfa-actions";
import { Button } from "@/components/ui/button";
import { passwordMaxLength } from "@/lib/auth/password-policy";
import { lockoutEnd, secondFactorRequired, temporaryPasswordRefusalOf } from "@/lib/auth/sign-in-refusal";
import { minutesUntil } from "@/lib/auth/sign-in-throttle";
import { SecondFactorFields } from "./second-factor-fields";

type Credentials = { email: string; password: string };

/**
 * Sign-in in two steps, checked together: the password, then the second factor. The server answers the first step
 * with "show a second factor" whether the password was right or not (unless the account has no MFA set up), and checks
 * the password again with the factor, so nothing tells whether the password was right until the factor is too.
 */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const locale = useLocale();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  // Back from the second step, the e-mail address is still there; the password is typed again.
  const [lastEmail, setLastEmail] = useState("");
  const emailField = useRef<HTMLInputElement>(null);

  async function submit(fields: Credentials & { code?: string; passkey?: string }) {
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { ...fields, redirect: false });
    if (result?.ok && !result.error) {
      // The sign-in page sends a signed-in user on: to the MFA setup step if the account has none yet, else back.
      router.replace(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      router.refresh();
      return;
    }
    setPending(false);
    if (result?.error === secondFactorRequired) {
      setCredentials({ email: fields.email, password: fields.password });
      setLastEmail(fields.email);
      // Asked again with a code: it was the code, or the password before it, that was not right.
      if (fields.code || fields.passkey) setError(t("secondStep.refused"));
      return;
    }
    // A temporary password was right but is spent or past its time: saying so tells nothing to someone guessing.
    const temporary = temporaryPasswordRefusalOf(result?.error);
    if (temporary) {
      return setError(
        t(temporary === "temporary_password_used" ? "temporaryPasswordUsed" : "temporaryPasswordExpired"),
      );
    }
    const lockedUntil = lockoutEnd(result?.error);
    if (lockedUntil) {
      const minutes = minutesUntil(lockedUntil, new Date());
      // The browser's own time zone: the one the person reading it lives in.
      const time = lockedUntil.toLocaleTimeString(locale, { hour: "numeric", minute: "2-digit" });
      return setError(t("lockedOut", { time, minutes }));
    }
    // The one message for every other refusal, so that none tells whether the account exists.
    setError(credentials ? t("secondStep.refused") : t("refused"));
  }

  if (credentials) {
    return (
      <SecondFactorFields
        heading={t("secondStep.heading")}
        intro={t("secondStep.intro")}
        error={error}
        pending={pending}
        onCode={(code) => submit({ ...credentials, code })}
        passkeyOptions={passkeySignInOptionsAction}
        onPasskey={(passkey) => submit({ ...credentials, passkey })}
        onPasskeyError={setError}
        back={{
          label: t("secondStep.back"),
          go: () => {
            setCredentials(null);
            setError(null);
            setTimeout(() => emailField.current?.focus());
          },
        }}
      />
    );
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        void submit({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") });
      }}
      className="space-y-4"
      noValidate
    >
      <div className="space-y-1">
        <label htmlFor="email" className="block font-semibold">
          {t("email")}
        </label>
        <input
          ref={emailField}
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          defaultValue={lastEmail}
          required
          className="w-full rounded-sm border border-[#8a8886] px-2 py-1.5"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block font-semibold">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={passwordMaxLength}
          className="w-full rounded-sm border border-[#8a8886] px-2 py-1.5"
        />
      </div>
      <p role="alert" className="min-h-5 text-danger">
        {error}
      </p>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("signingIn") : t("submit")}
      </Button>
    </form>
  );
}
