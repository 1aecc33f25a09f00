// CSV as the dashboard's downloads write it (the Activity log, Expiring soon): RFC 4180 quoting, CRLF line ends.

/**
 * One CSV field. Quotes when needed, and defuses values a spreadsheet would run as a formula
 * (a company name typed as "=HYPERLINK(...)" must stay text).
 */
export function csvField(value: string | null | undefined): string {
  let text = value ?? "";
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: (string | null | undefined)[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}
