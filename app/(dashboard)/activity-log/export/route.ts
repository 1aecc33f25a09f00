import { apiRoute, refusal } from "@/lib/http/api-route";
import { activityCsvHeader, activityCsvLine, csvLine } from "@/lib/activity/activity-csv";
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
    // Read and sent 500 lines at a time, as the client takes them.
    async function* chunks() {
      // A byte-order mark, so spreadsheet programs read the names as UTF-8.
      yield `\uFEFF${csvLine(activityCsvHeader(words))}`;
      let chunk = "";
      let n = 0;
      for await (const entry of entries) {
        chunk += activityCsvLine(entry, words);
        if (++n % 500 === 0) {
          yield chunk;
          chunk = "";
        }
      }
      if (chunk) yield chunk;
    }
    const source = chunks();
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await source.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    });
    const fileName = words.translate("activity.csv.fileName", { from: filters.from, to: filters.to });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "no-store",
      },
    });
  },
  // A dashboard download, for the signed-in Admin agent; programs read the log as audit records.
  { sessionOnly: true },
);
