"use client";

import { useLocale } from "next-intl";
import { useEffect, useState } from "react";

/**
 * A UTC instant shown in the reader's language and the browser's own time zone. The server cannot know the time
 * zone, so the first render (the server's, and hydration's) shows UTC and says so; the browser then shows its own.
 */
export function LocalDateTime({ iso }: { iso: string }) {
  const locale = useLocale();
  const [inBrowserZone, setInBrowserZone] = useState(false);
  useEffect(() => setInBrowserZone(true), []);
  const text = new Date(iso).toLocaleString(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: inBrowserZone ? undefined : "UTC",
  });
  return <time dateTime={iso}>{inBrowserZone ? text : `${text} UTC`}</time>;
}
