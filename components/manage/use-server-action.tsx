"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult, DescribedFailure } from "@/lib/i18n/describe";

/** A refusal as a section shows it: what is wrong with each field when the server says so, else its message. */
function refusalText(refusal: DescribedFailure): string {
  return refusal.fieldErrors ? Object.values(refusal.fieldErrors).flat().join(" ") : refusal.message;
}

/** Runs a server action and keeps what it answered, for the section to show; after a change the page shows it. */
export function useServerAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  function run<T>(call: () => Promise<ActionResult<T>>, onDone: (data: T) => string | null) {
    setMessage(null);
    startTransition(async () => {
      const result = await call();
      if (!result.ok) return setMessage({ ok: false, text: refusalText(result) });
      const text = onDone(result.data);
      if (text) setMessage({ ok: true, text });
      router.refresh();
    });
  }
  const feedback = message && (
    <p
      role={message.ok ? "status" : "alert"}
      className={message.ok ? "mt-3 text-success" : "mt-3 rounded-sm bg-[#fde7e9] px-3 py-2 text-danger"}
    >
      {message.text}
    </p>
  );
  return { pending, run, feedback, clear: () => setMessage(null) };
}
