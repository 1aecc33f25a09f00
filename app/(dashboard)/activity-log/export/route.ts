import { apiRoute, refusal } from "@/lib/http/api-route";
import { activityCsvHeader, activityCsvLine, csvLine } from "@/lib/activity/activity-csv";
import { readActivityFilters } from "@/lib/activity/activity-filters";
import { exportActivity } from "@/lib/activity/list-activity";
import { fail } from "@/lib/result";

/** The filtered Activity log as CSV, streamed so that a long log never sits in memory. */
export const GET = apiRoute(
  ({ request, actor }) => {
    const filters = readActivityFilters(Object.fromEntries(new URL(request.url).searchParams));
    // An export is kept and passed on: one wider than asked (a filter it could not read) is refused, not sent.
    if (filters.ignored.length > 0) {
      const fieldErrors = Object.fromEntries(filters.ignored.map((field) => [field, ["This filter cannot be read."]]));
      return refusal(
        fail("invalid_input", `These filters cannot be read: ${filters.ignored.join(", ")}.`, fieldErrors),
      );
    }
    const result = exportActivity(actor, filters);
    if (!result.ok) return refusal(result);

    const entries = result.data[Symbol.iterator]();
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        // A byte-order mark, so spreadsheet programs read the names as UTF-8.
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(activityCsvHeader)}`));
      },
      pull(controller) {
        let chunk = "";
        for (let n = 0; n < 500; n++) {
          const next = entries.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += activityCsvLine(next.value);
        }
        controller.enqueue(encoder.encode(chunk));
      },
    });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="activity-log-${filters.from}-to-${filters.to}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
  // A dashboard download, for the signed-in Admin agent; programs read the log as audit records.
  { sessionOnly: true },
);
