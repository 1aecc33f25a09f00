"use client";

import { useState, useTransition } from "react";
import type { ReservationChange } from "@/lib/reservations/change-reservation";
import type { Result } from "@/lib/result";

const actions: [ReservationChange, string][] = [
  ["exchange", "Exchange"],
  ["cancel", "Cancel"],
  ["renew", "Renew"],
  ["change_scope", "Change scope"],
];

/**
 * Shown as unavailable, as the customer can't make these changes; still asked of the server when pressed,
 * which is where the rule lives and which answers with the reason.
 */
export function ReservationChangeButtons({
  reservationId,
  reservationName,
  describedBy,
  requestChange,
}: {
  reservationId: string;
  reservationName: string;
  describedBy: string;
  requestChange: (input: { reservationId: string; change: ReservationChange }) => Promise<Result<never>>;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {actions.map(([change, label]) => (
          <button
            key={change}
            type="button"
            aria-disabled="true"
            aria-describedby={describedBy}
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await requestChange({ reservationId, change });
                setMessage(result.ok ? null : result.message);
              })
            }
            className="cursor-not-allowed text-xs text-[#a19f9d]"
          >
            {label}
            <span className="sr-only"> {reservationName}</span>
          </button>
        ))}
      </div>
      {message && (
        <p role="alert" className="mt-1 text-xs text-danger">
          {message}
        </p>
      )}
    </div>
  );
}
