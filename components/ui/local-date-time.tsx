"use client";

import { useEffect, useState } from "react";

/**
 * A UTC instant shown in the viewer's own locale and time zone. The server cannot know those, so it
 * renders UTC and the browser replaces it once mounted.
 */
export function LocalDateTime({ iso }: { iso: string }) {
  const [text, setText] = useState(() => `${iso.slice(0, 16).replace("T", " ")} UTC`);
  useEffect(() => {
    setText(new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }));
  }, [iso]);
  return <time dateTime={iso}>{text}</time>;
}
