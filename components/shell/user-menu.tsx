"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { chooseLanguageAction, signOutEverywhereAction } from "@/app/session-actions";
import { languageNames, locales, type Locale } from "@/i18n/locales";

type UserMenuProps = {
  displayName: string;
  email: string;
  roleLabel: string;
  organizationLabel: string;
  organizationName: string;
  /** The language the user chose; null follows the browser. */
  language: Locale | null;
};

export function UserMenu({
  displayName,
  email,
  roleLabel,
  organizationLabel,
  organizationName,
  language,
}: UserMenuProps) {
  const t = useTranslations("userMenu");
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        setOpen(false);
        // The focus was in the panel that goes away: give it back to the button that opened it.
        button.current?.focus();
      } else if (!container.current?.contains(event.target as Node)) {
        setOpen(false);
      }
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  const initials = displayName
    .split(/\s+/)
    .map((part) => part[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <div ref={container} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="user-menu-panel"
        onClick={() => setOpen(!open)}
        className="flex h-12 items-center gap-2 px-3 hover:bg-[#3b3a39]"
      >
        <span
          aria-hidden
          className="flex h-7 w-7 items-center justify-center rounded-full bg-brand text-xs font-semibold"
        >
          {initials}
        </span>
        <span>{displayName}</span>
        <span className="sr-only">{t("buttonHint", { role: roleLabel })}</span>
      </button>
      {open && (
        <div
          id="user-menu-panel"
          className="absolute right-0 z-20 mt-1 w-72 rounded-sm bg-white p-4 text-[#323130] shadow-lg"
        >
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
          <div className="mt-4 flex gap-4">
            <button
              type="button"
              onClick={() => signOut({ callbackUrl: "/signin" })}
              className="font-semibold text-brand hover:underline"
            >
              {t("signOut")}
            </button>
            <button
              type="button"
              onClick={async () => {
                // Every session ends on the server first; then this browser's cookie goes too.
                await signOutEverywhereAction();
                await signOut({ callbackUrl: "/signin" });
              }}
              className="text-brand hover:underline"
            >
              {t("signOutEverywhere")}
            </button>
          </div>
        </div>
      )}
    </div>
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
