import { createHash } from "node:crypto";

/**
 * A GUID derived from a name, so seeded objects keep the same Microsoft ID on every machine and
 * the demo URLs in docs and tests stay valid.
 */
export function stableGuid(name: string): string {
  const hex = createHash("sha1").update(`partner-console:${name}`).digest("hex");
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
