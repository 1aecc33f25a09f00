"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { chooseLanguageAction, signOutEverywhereAction } from "@/app/session-actions";
import { languageNames, locales, type Locale } from "@/i18n/locales";
import { signOut } from "./sign-out";

export type UserMenuProps = {
  displayName: string;
  email: string;
  roleLabel: string;
  organizationLabel: string;
  organizationName: string;
  /** The language the user chose; null follows the browser. */
  language: Locale | null;
  /** The user's own Security info page, in their area (the dashboard's Settings, or the customer area). */
  securityInfoHref: string;
};

/** The open user menu's content: who is signed in, their language, and the ways out. */
export default function UserMenuPanel({
  displayName,
  email,
  roleLabel,
  organizationLabel,
  organizationName,
  language,
  securityInfoHref,
}: UserMenuProps) {
  const t = useTranslations("userMenu");
  return (
    <>
      <p className="font-semibold">{displayName}</p>
      <p className="text-muted">{email}</p>
      <p className="mt-2">
        <span className="text-muted">{t("role")} </span>
        {roleLabel}
      </p>
      <p>
        <span className="text-muted">{organizationLabel} </span>
        {organizationName}
      </p>
      <LanguageChoice language={language} />
      <Link href="/change-password" className="mt-4 block text-brand underline">
        {t("changePassword")}
      </Link>
      <Link href={securityInfoHref} className="mt-2 block text-brand underline">
        {t("securityInfo")}
      </Link>
      <div className="mt-4 flex gap-4">
        <button type="button" onClick={() => signOut()} className="font-semibold text-brand hover:underline">
          {t("signOut")}
        </button>
        <button
          type="button"
          onClick={async () => {
            // Every session ends on the server first; then this browser's cookie goes too.
            await signOutEverywhereAction();
            await signOut();
          }}
          className="text-brand hover:underline"
        >
          {t("signOutEverywhere")}
        </button>
      </div>
    </>
  );
}

/**
 * Radio buttons, so the keyboard moves between languages with the arrows; each choice is saved on the user. They are
 * never disabled while saving: a disabled control would drop the keyboard's focus.
 */
function LanguageChoice({ language }: { language: Locale | null }) {
  const t = useTranslations("userMenu");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(null);
  // Shown chosen at once; the page re-renders in that language when the server has saved it.
  const [chosen, setChosen] = useState(language);
  const choose = (choice: Locale | null) => {
    setChosen(choice);
    startTransition(async () => {
      const result = await chooseLanguageAction(choice);
      if (!result.ok) {
        setChosen(language);
        return setProblem(result.message);
      }
      setProblem(null);
      router.refresh();
    });
  };
  const options: { value: Locale | null; label: string; lang?: Locale }[] = [
    ...locales.map((locale) => ({ value: locale, label: languageNames[locale], lang: locale })),
    { value: null, label: t("browserLanguage") },
  ];
  return (
    <fieldset className="mt-3" aria-busy={pending || undefined}>
      <legend className="font-semibold">{t("language")}</legend>
      {options.map((option) => (
        <label key={option.value ?? "browser"} className="mt-1 flex items-center gap-2" lang={option.lang}>
          <input type="radio" name="language" checked={chosen === option.value} onChange={() => choose(option.value)} />
          {option.label}
        </label>
      ))}
      {problem && (
        <p role="alert" className="mt-1 text-danger">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
