"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { lockoutEnd } from "@/lib/auth/sign-in-refusal";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
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
    setError(refusalMessage(result?.error));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div className="space-y-1">
        <label htmlFor="email" className="block font-semibold">
          Email
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
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="w-full rounded-sm border border-[#8a8886] px-2 py-1.5"
        />
      </div>
      <p role="alert" className="min-h-5 text-danger">
        {error}
      </p>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}

/** The one message for every refusal, so that none tells whether the account exists; a lockout says when to retry. */
function refusalMessage(error: string | null | undefined): string {
  const lockedUntil = lockoutEnd(error);
  if (!lockedUntil) return "The email or password is incorrect.";
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - Date.now()) / 60_000));
  const time = lockedUntil.toLocaleTimeString([], { hour: "numeric", minute: "2-digit" });
  return `Too many failed sign-in attempts. Try again after ${time} (in about ${minutes} minute${minutes === 1 ? "" : "s"}).`;
}
