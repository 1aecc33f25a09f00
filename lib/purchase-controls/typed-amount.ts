// Free of server imports and of zod: the purchase controls form runs it in the browser, where zod alone would weigh
// about 80 kB gzip on every page showing the form (decision record 021).

/**
 * An amount as typed in a form ("5000", "5,000.50", French "5 000,50"), in cents, spelled as the server reads a
 * whole number; an empty field is null (no limit). Anything else stays as typed, for the use case to refuse.
 */
export function minorFromTyped(typed: string): string | null {
  const trimmed = typed.trim();
  if (trimmed === "") return null;
  // Thousands grouped by commas, as English writes them: "5,000.50"; any other comma is left to be refused.
  const text = /^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(trimmed) ? trimmed.replaceAll(",", "") : trimmed;
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return text;
  return String(Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0")));
}
