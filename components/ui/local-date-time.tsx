"use client";

import { useLocale } from "next-intl";
import { useEffect, useState } from "react";
import { dateTimeFormat } from "@/lib/intl-formats";

/**
 * A UTC instant shown in the reader's language and the browser's own time zone. The server cannot know the time
 * zone, so the first render (the server's, and hydration's) shows UTC and says so; the browser then shows its own.
 */
export function LocalDateTime({ iso }: { iso: string }) {
  const locale = useLocale();
  const [inBrowserZone, setInBrowserZone] = useState(false);
  useEffect(() => setInBrowserZone(true), []);
  const text = dateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: inBrowserZone ? undefined : "UTC",
  }).format(new Date(iso));
  return <time dateTime={iso}>{inBrowserZone ? text : `${text} UTC`}</time>;
}
