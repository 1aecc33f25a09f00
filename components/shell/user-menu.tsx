"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { UserMenuProps } from "./user-menu-panel";

// The panel (language choice, sign-out) is fetched when the menu is first pointed at, focused or opened, not with
// every page: docs/decisions/021-speed.md.
const loadPanel = () => import("./user-menu-panel");
const UserMenuPanel = lazy(loadPanel);

export function UserMenu(props: UserMenuProps) {
  const { displayName, roleLabel } = props;
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
        onPointerEnter={loadPanel}
        onFocus={loadPanel}
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
        // The panel is there at once (the button controls it), its content as soon as it has loaded.
        <div
          id="user-menu-panel"
          className="absolute right-0 z-20 mt-1 w-72 rounded-sm bg-white p-4 text-[#323130] shadow-lg"
        >
          <Suspense fallback={null}>
            <UserMenuPanel {...props} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
