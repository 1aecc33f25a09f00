"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useActionState, useEffect } from "react";
import type { ActionResult } from "@/lib/i18n/describe";
import { Button } from "./button";

type ActionFormProps<T> = {
  action: (formData: FormData) => Promise<ActionResult<T>>;
  /** The customer whose cached views this change makes stale (the Account page's permission card), if any. */
  customerId?: string;
  /** What success says; a function when it shows what the server answered (a temporary password, say). */
  successMessage: string | ((data: T) => React.ReactNode);
  children: React.ReactNode;
  submitLabel: string;
  /** Words only screen readers hear after the label, to tell one row's button from the next. */
  submitHint?: string;
  /** A primary button, or a link-like button for actions inside table rows. */
  look?: "button" | "link";
  className?: string;
  "aria-label"?: string;
};

/**
 * A form posting to a server action that returns a typed result: the server's refusal is shown (and
 * announced) next to the form, success is announced, and the customer's cached queries are dropped so
 * the next page shows the new state.
 */
export function ActionForm<T>({
  action,
  customerId,
  successMessage,
  children,
  submitLabel,
  submitHint,
  look = "button",
  className,
  ...aria
}: ActionFormProps<T>) {
  const queryClient = useQueryClient();
  const [result, formAction, pending] = useActionState(
    (_previous: ActionResult<T> | null, formData: FormData) => action(formData),
    null,
  );
  useEffect(() => {
    if (result?.ok && customerId) queryClient.removeQueries({ queryKey: ["customers", customerId] });
  }, [result, queryClient, customerId]);

  return (
    <form action={formAction} className={className} {...aria}>
      {children}
      {look === "button" ? (
        <Button type="submit" disabled={pending}>
          {submitLabel}
          {submitHint && <span className="sr-only"> {submitHint}</span>}
        </Button>
      ) : (
        <button type="submit" disabled={pending} className="text-brand hover:underline disabled:opacity-50">
          {submitLabel}
          {submitHint && <span className="sr-only"> {submitHint}</span>}
        </button>
      )}
      {result && !result.ok && (
        <p role="alert" className="mt-2 basis-full rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
          {result.message}
        </p>
      )}
      {result?.ok && (
        <p role="status" className="mt-2 basis-full text-success">
          {typeof successMessage === "function" ? successMessage(result.data) : successMessage}
        </p>
      )}
    </form>
  );
}
