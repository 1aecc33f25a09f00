"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult, DescribedFailure } from "@/lib/i18n/describe";
import { EventCheckboxes } from "./event-checkboxes";
import type { SubscribableEvent, WebhookFormValues } from "./types";

/** Fields the form shows a refusal beside; zod names an event's problem by its index ("events.0"). */
const fieldOf = (path: string) => (path.startsWith("events") ? "events" : path === "url" ? "url" : null);

function fieldErrors(refusal: DescribedFailure | null) {
  const errors: { url?: string; events?: string; elsewhere: string[] } = { elsewhere: [] };
  if (!refusal) return errors;
  if (!refusal.fieldErrors) return { elsewhere: [refusal.message] };
  for (const [path, messages] of Object.entries(refusal.fieldErrors)) {
    const field = fieldOf(path);
    if (field) errors[field] ??= messages[0];
    else errors.elsewhere.push(...messages);
  }
  return errors;
}

/**
 * The register form, and the edit form (the same fields, filled in). What to send, and what to do once saved, is
 * the caller's: an edit adds the version it was opened at, so a save over someone else's change is refused.
 */
export function WebhookForm<T>({
  heading,
  submitLabel,
  eventNames,
  initial,
  submit,
  onSaved,
  onCancel,
}: {
  heading: string;
  submitLabel: string;
  eventNames: readonly SubscribableEvent[];
  initial: WebhookFormValues;
  submit: (values: WebhookFormValues) => Promise<ActionResult<T>>;
  onSaved: (data: T) => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("webhooks");
  const tCommon = useTranslations("common");
  const id = useId();
  const [url, setUrl] = useState(initial.url);
  const [events, setEvents] = useState<SubscribableEvent[]>(initial.events);
  const [refusal, setRefusal] = useState<DescribedFailure | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = fieldErrors(refusal);

  function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRefusal(null);
    startTransition(async () => {
      // In the catalogue's order, whatever order they were ticked in.
      const result = await submit({ url, events: eventNames.filter((name) => events.includes(name)) });
      if (result.ok) onSaved(result.data);
      else setRefusal(result);
    });
  }

  return (
    <form onSubmit={save} aria-labelledby={`${id}-heading`} className="mt-4 max-w-3xl space-y-4">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {heading}
      </h2>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-url`} className="font-semibold">
          {t("form.url")}
        </label>
        <input
          id={`${id}-url`}
          type="url"
          required
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          placeholder="https://example.com/webhooks"
          autoComplete="off"
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={`${id}-url-hint${errors.url ? ` ${id}-url-error` : ""}`}
          className="rounded-sm border border-[#8a8886] px-2 py-1.5"
        />
        <p id={`${id}-url-hint`} className="text-muted">
          {t("form.urlHint")}
        </p>
        {errors.url && (
          <p id={`${id}-url-error`} role="alert" className="text-danger">
            {errors.url}
          </p>
        )}
      </div>
      <EventCheckboxes eventNames={eventNames} selected={events} onChange={setEvents} error={errors.events} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel} disabled={pending}>
            {tCommon("cancel")}
          </Button>
        )}
      </div>
      {errors.elsewhere.length > 0 && (
        <p role="alert" className="rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
          {errors.elsewhere.join(" ")}
        </p>
      )}
    </form>
  );
}
