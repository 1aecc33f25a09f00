import { catalogues } from "@/i18n/messages";
import type { Reason } from "@/lib/result";

/** Whether a string is a key of the catalogues (English has every key: the type check holds French to it). */
export function isReason(key: string): key is Reason {
  let node: unknown = catalogues["en-US"];
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  // A message is a string, or in the build (catalogues compiled ahead of time) a string or an array.
  return typeof node === "string" || Array.isArray(node);
}
