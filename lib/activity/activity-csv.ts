import { operationLabel } from "./operations";
import type { ActivityEntryRow } from "./list-activity";

export const activityCsvHeader = [
  "Date-Time (UTC)",
  "Affected customer",
  "Customer Microsoft ID",
  "Action",
  "Partner user",
  "Status",
  "Additional information",
];

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

export function activityCsvLine(entry: ActivityEntryRow): string {
  const details = [entry.oldValue && `Old value: ${entry.oldValue}`, entry.newValue && `New value: ${entry.newValue}`]
    .filter(Boolean)
    .join(" | ");
  return csvLine([
    entry.createdAt.toISOString(),
    entry.customerName,
    entry.customerTenantId,
    operationLabel(entry.operationType),
    entry.actorEmail,
    entry.status,
    details,
  ]);
}
