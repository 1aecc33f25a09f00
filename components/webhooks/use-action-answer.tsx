"use client";

import { useState, useTransition } from "react";
import type { ActionResult, DescribedFailure } from "@/lib/i18n/describe";

/** A refusal as the card shows it: what is wrong with each field when the server says so, else its message. */
function refusalText(refusal: DescribedFailure): string {
  return refusal.fieldErrors ? Object.values(refusal.fieldErrors).flat().join(" ") : refusal.message;
}

/**
 * Runs a server action and keeps its answer to show (announced: a status, or an alert for a refusal). The actions
 * revalidate the page themselves, so the new state arrives with the answer: no refresh of our own.
 */
export function useActionAnswer() {
  const [pending, startTransition] = useTransition();
  const [answer, setAnswer] = useState<{ ok: boolean; text: string } | null>(null);
  function run<T>(call: () => Promise<ActionResult<T>>, onDone: (data: T) => string | null) {
    setAnswer(null);
    startTransition(async () => {
      const result = await call();
      if (!result.ok) return setAnswer({ ok: false, text: refusalText(result) });
      const text = onDone(result.data);
      if (text) setAnswer({ ok: true, text });
    });
  }
  const feedback = answer && (
    <p
      role={answer.ok ? "status" : "alert"}
      className={answer.ok ? "mt-3 text-success" : "mt-3 rounded-sm bg-[#fde7e9] px-3 py-2 text-danger"}
    >
      {answer.text}
    </p>
  );
  return { pending, run, feedback, clear: () => setAnswer(null) };
}
