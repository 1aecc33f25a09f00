"use client";

import { signOut } from "next-auth/react";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { signOutEverywhereAction } from "@/app/session-actions";

type UserMenuProps = {
  displayName: string;
  email: string;
  roleLabel: string;
  organizationLabel: "Partner" | "Organization";
  organizationName: string;
};

export function UserMenu({ displayName, email, roleLabel, organizationLabel, organizationName }: UserMenuProps) {
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (
        event instanceof KeyboardEvent ? event.key === "Escape" : !container.current?.contains(event.target as Node)
      ) {
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
        <span className="sr-only">, {roleLabel}, account menu</span>
      </button>
      {open && (
        <div
          id="user-menu-panel"
          className="absolute right-0 z-20 mt-1 w-72 rounded-sm bg-white p-4 text-[#323130] shadow-lg"
        >
          <p className="font-semibold">{displayName}</p>
          <p className="text-muted">{email}</p>
          <p className="mt-2">
            <span className="text-muted">Role: </span>
            {roleLabel}
          </p>
          <p>
            <span className="text-muted">{organizationLabel}: </span>
            {organizationName}
          </p>
          <Link href="/change-password" className="mt-4 block text-brand hover:underline">
            Change password
          </Link>
          <div className="mt-4 flex gap-4">
            <button
              type="button"
              onClick={() => signOut({ callbackUrl: "/signin" })}
              className="font-semibold text-brand hover:underline"
            >
              Sign out
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
              Sign out everywhere
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
