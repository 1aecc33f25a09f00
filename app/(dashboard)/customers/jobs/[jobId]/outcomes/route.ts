import { csvLine } from "@/lib/csv";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { csvDownload } from "@/lib/http/csv-download";
import { say } from "@/lib/i18n/describe";
import { readerWords } from "@/lib/i18n/server";
import { eachPermissionJobOutcome } from "@/lib/permission-jobs/permission-job-outcomes";

/**
 * What a job did for each of its customers, as CSV in the reader's language, streamed as it is read whatever the
 * job's size. A download for a person signed in; programs page through GET /api/v1/permissionJobs/{id}/customers.
 */
export const GET = apiRoute<{ jobId: string }>(
  async ({ params, actorRef }) => {
    const outcomes = await eachPermissionJobOutcome(actorRef, params.jobId);
    if (!outcomes.ok) return refusal(outcomes);
    const pages = outcomes.data;
    const words = await readerWords();
    async function* lines() {
      yield csvLine([
        words.translate("permissionJobs.outcomes.columns.companyName"),
        words.translate("permissionJobs.outcomes.columns.microsoftId"),
        words.translate("permissionJobs.outcomes.columns.outcome"),
        words.translate("permissionJobs.outcomes.columns.reason"),
        words.translate("permissionJobs.csv.doneAtUtc"),
      ]);
      for await (const page of pages) {
        for (const row of page) {
          yield csvLine([
            row.companyName,
            row.tenantId,
            // Not done: still waiting, or never to be, in a cancelled job.
            words.translate(`permissionJobs.outcome.${row.outcome ?? "notDone"}`),
            row.reason && say(words, row.reason),
            row.doneAt?.toISOString(),
          ]);
        }
      }
    }
    return csvDownload(lines(), words.translate("permissionJobs.csv.fileName", { jobId: params.jobId.toLowerCase() }));
  },
  { sessionOnly: true },
);
