import { csvLine } from "@/lib/csv";
import type { Words } from "@/lib/i18n/describe";
import type { ActivityEntryRow } from "./list-activity";
import { isOperationType } from "./operations";
import { systemActorKey } from "./system-actors";

/** The export's column headers, in the reader's language. */
export function activityCsvHeader(words: Words): string[] {
  return [
    words.translate("activity.csv.dateTime"),
    words.translate("activity.csv.affectedCustomer"),
    words.translate("activity.csv.customerId"),
    words.translate("activity.csv.action"),
    words.translate("activity.csv.partnerUser"),
    words.translate("activity.csv.status"),
    words.translate("activity.csv.details"),
  ];
}

/** An entry's action in the reader's words; a type this version does not know is shown as it is stored. */
export function operationName(words: Words, operationType: string): string {
  return isOperationType(operationType) ? words.translate(`activity.operations.${operationType}`) : operationType;
}

/** Who acted, in the reader's words when it was Partner Console itself. */
export function actorName(words: Words, entry: ActivityEntryRow): string {
  const system = systemActorKey(entry);
  return system ? words.translate(`activity.systemActors.${system}`) : entry.actorEmail;
}

/** One entry as a CSV line: the instant in UTC, the action and status in the reader's words, the values as stored. */
export function activityCsvLine(entry: ActivityEntryRow, words: Words): string {
  const details = [
    entry.oldValue && words.translate("activity.csv.oldValue", { value: entry.oldValue }),
    entry.newValue && words.translate("activity.csv.newValue", { value: entry.newValue }),
  ]
    .filter(Boolean)
    .join(" | ");
  return csvLine([
    entry.createdAt.toISOString(),
    entry.customerName,
    entry.customerTenantId,
    operationName(words, entry.operationType),
    actorName(words, entry),
    words.translate(`activity.status.${entry.status}`),
    details,
  ]);
}
