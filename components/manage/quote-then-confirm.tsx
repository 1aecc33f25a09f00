"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/i18n/describe";
import { newIdempotencyKey } from "@/lib/orders/new-idempotency-key";
import { useServerAction } from "./use-server-action";

/**
 * Calculate, then confirm: the server works out what the form asks, and Confirm sends it again with the calculation's
 * own idempotency key, so a repeated Confirm is one order. Any change to the form drops the calculation, so what is
 * confirmed is always what was shown.
 */
export function useQuoteThenConfirm<Quote>() {
  const { pending, run, feedback, clear } = useServerAction();
  const [quote, setQuote] = useState<{ figures: Quote; key: string } | null>(null);
  return {
    quote: quote?.figures ?? null,
    pending,
    feedback,
    /** A field's setter that also drops the calculation and what the server last said. */
    changed:
      <T,>(set: (value: T) => void) =>
      (value: T) => (set(value), setQuote(null), clear()),
    /** The form's submit: the server's calculation of what it asks. */
    calculate: (call: () => Promise<ActionResult<Quote>>) => (event: React.FormEvent) => {
      event.preventDefault();
      run(call, (figures) => (setQuote({ figures, key: newIdempotencyKey() }), null));
    },
    /** Confirm's click: the order, with the calculation's key; `done` says what it did. */
    confirm:
      <T,>(call: (idempotencyKey: string) => Promise<ActionResult<T>>, done: (data: T) => string) =>
      () => {
        if (quote)
          run(
            () => call(quote.key),
            (data) => (setQuote(null), done(data)),
          );
      },
  };
}

/** One figure of a calculation; the one its order is about is in bold. */
export type Figure = { name: string; amount: string; bold?: boolean };

/** The server's calculation, and Confirm when it can be confirmed. */
export function Calculation({
  label,
  figures,
  warning,
  confirmLabel,
  onConfirm,
  pending,
}: {
  label: string;
  /** false leaves a figure out (one that is nothing in this calculation). */
  figures: (Figure | false)[];
  /** What stands against confirming, or is worth knowing first. */
  warning?: string | false;
  /** Confirm's words; null when this calculation cannot be confirmed (the warning says why). */
  confirmLabel: string | null;
  onConfirm: () => void;
  pending: boolean;
}) {
  return (
    <div role="region" aria-label={label} className="mt-3 rounded-sm bg-nav p-4">
      <dl className="grid grid-cols-[16rem_1fr] gap-y-1">
        {figures.map(
          (figure) =>
            figure && (
              <div key={figure.name} className="contents">
                <dt className="text-muted">{figure.name}</dt>
                <dd className={figure.bold ? "font-semibold" : undefined}>{figure.amount}</dd>
              </div>
            ),
        )}
      </dl>
      {warning && <p className="mt-2 text-danger">{warning}</p>}
      {confirmLabel && (
        <Button type="button" className="mt-3" disabled={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      )}
    </div>
  );
}
