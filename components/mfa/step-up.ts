"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";
import type { ActionResult } from "@/lib/i18n/describe";

/** The MFA step that verifies again and then comes back to where the user was. */
export function stepUpUrl(backTo: string): string {
  return `/signin/mfa?callbackUrl=${encodeURIComponent(backTo)}`;
}

/**
 * For the answers of sensitive acts (a new API key, a password reset, a change to MFA): when the server says the last
 * MFA is too old, the browser goes to verify again, then comes back to this page to do it. Answers whether it went.
 */
export function useStepUpWhenAsked(): (result: ActionResult<unknown>) => boolean {
  const router = useRouter();
  return useCallback(
    (result: ActionResult<unknown>) => {
      if (result.ok || result.error !== "recent_mfa_required") return false;
      router.push(stepUpUrl(window.location.pathname + window.location.search));
      return true;
    },
    [router],
  );
}

/** A sensitive act's server action that, when asked, sends the browser to verify again (useStepUpWhenAsked). */
export function useStepUp<Args extends unknown[], T>(
  action: (...args: Args) => Promise<ActionResult<T>>,
): (...args: Args) => Promise<ActionResult<T>> {
  const stepUpWhenAsked = useStepUpWhenAsked();
  return useCallback(
    async (...args: Args) => {
      const result = await action(...args);
      stepUpWhenAsked(result);
      return result;
    },
    [action, stepUpWhenAsked],
  );
}
