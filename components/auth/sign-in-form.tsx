"use client";

import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { passwordMaxLength } from "@/lib/auth/password-policy";
import { lockoutEnd, temporaryPasswordRefusalOf } from "@/lib/auth/sign-in-refusal";
import { minutesUntil } from "@/lib/auth/sign-in-throttle";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const locale = useLocale();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    // A temporary password was right but is spent or past its time: saying so tells nothing to someone guessing.
    const temporary = temporaryPasswordRefusalOf(result?.error);
    if (temporary) {
      return setError(
        t(temporary === "temporary_password_used" ? "temporaryPasswordUsed" : "temporaryPasswordExpired"),
      );
    }
    // The one message for every other refusal, so that none tells whether the account exists; a lockout says when to
    // retry.
    const lockedUntil = lockoutEnd(result?.error);
    if (!lockedUntil) return setError(t("refused"));
    const minutes = minutesUntil(lockedUntil, new Date());
    // The browser's own time zone: the one the person reading it lives in.
    const time = lockedUntil.toLocaleTimeString(locale, { hour: "numeric", minute: "2-digit" });
    setError(t("lockedOut", { time, minutes }));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div className="space-y-1">
        <label htmlFor="email" className="block font-semibold">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
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
