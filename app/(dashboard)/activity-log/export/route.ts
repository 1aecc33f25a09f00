import { apiRoute, refusal } from "@/lib/http/api-route";
import { activityCsvHeader, activityCsvLine } from "@/lib/activity/activity-csv";
import { csvLine } from "@/lib/csv";
import { csvDownload } from "@/lib/http/csv-download";
import { readActivityFilters } from "@/lib/activity/activity-filters";
import { exportActivity } from "@/lib/activity/list-activity";
import { readerWords } from "@/lib/i18n/server";
import { fail } from "@/lib/result";

/**
 * The filtered Activity log as CSV, streamed so that a long log never sits in memory. A download for a person: its
 * headers, action names and file name are in the reader's language.
 */
export const GET = apiRoute(
  async ({ request, actor }) => {
    const filters = readActivityFilters(Object.fromEntries(new URL(request.url).searchParams));
    // An export is kept and passed on: one wider than asked (a filter it could not read) is refused, not sent.
    if (filters.ignored.length > 0) {
      const fieldErrors = Object.fromEntries(
        filters.ignored.map((field) => [field, [{ reason: "activity.errors.filterUnreadable" as const }]]),
      );
      return refusal(
        fail("invalid_input", "activity.errors.filtersUnreadable", { fields: filters.ignored.join(", ") }, fieldErrors),
      );
    }
    const result = await exportActivity(actor, filters);
    if (!result.ok) return refusal(result);

    const words = await readerWords();
    const entries = result.data;
    async function* lines() {
      yield csvLine(activityCsvHeader(words));
      for await (const entry of entries) yield activityCsvLine(entry, words);
    }
    return csvDownload(lines(), words.translate("activity.csv.fileName", { from: filters.from, to: filters.to }));
  },
  // A dashboard download, for the signed-in Admin agent; programs read the log as audit records.
  { sessionOnly: true },
);
