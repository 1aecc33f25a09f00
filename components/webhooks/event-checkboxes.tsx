"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import type { SubscribableEvent } from "./types";

/** The events a webhook asks for, by their human names, with "Select all events" above them. */
export function EventCheckboxes({
  eventNames,
  selected,
  onChange,
  error,
}: {
  eventNames: readonly SubscribableEvent[];
  selected: SubscribableEvent[];
  onChange: (selected: SubscribableEvent[]) => void;
  error: string | undefined;
}) {
  const t = useTranslations("webhooks");
  const id = useId();
  const all = useRef<HTMLInputElement>(null);
  const allChecked = selected.length === eventNames.length;
  // Some but not all: the select-all box says so (mixed), which only a script can set.
  useEffect(() => {
    if (all.current) all.current.indeterminate = selected.length > 0 && !allChecked;
  }, [selected.length, allChecked]);

  const toggle = (name: SubscribableEvent, checked: boolean) =>
    onChange(checked ? [...selected, name] : selected.filter((chosen) => chosen !== name));

  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-semibold">{t("form.events")}</legend>
      <label className="mt-2 flex items-center gap-2 font-semibold">
        <input
          ref={all}
          type="checkbox"
          checked={allChecked}
          onChange={(event) => onChange(event.target.checked ? [...eventNames] : [])}
          className="accent-brand"
        />
        {t("form.selectAll")}
      </label>
      <div className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {eventNames.map((name) => (
          <label key={name} className="flex items-center gap-2">
            <input
              type="checkbox"
              name="events"
              value={name}
              checked={selected.includes(name)}
              onChange={(event) => toggle(name, event.target.checked)}
              className="accent-brand"
            />
            {t(`events.${name}`)}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-danger">
          {error}
        </p>
      )}
    </fieldset>
  );
}
