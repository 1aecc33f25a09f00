import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { changeWords, progressWords, selectionWords, type Translate } from "@/components/permission-jobs/job-words";
import { JobStatusBadge } from "@/components/permission-jobs/job-status-badge";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { TableHead } from "@/components/ui/table-head";
import { getActorRef, requirePartnerActor } from "@/lib/auth/current-actor";
import { jobsListed, listPermissionJobs } from "@/lib/permission-jobs/get-permission-job";
import { readerWords } from "@/lib/i18n/server";
import { say } from "@/lib/i18n/describe";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("permissionJobs");
  return { title: t("jobs.title") };
}

/** The partner's bulk permission jobs, newest first: who started each, when, for what, and how far it got. */
export default async function PermissionJobsPage() {
  await requirePartnerActor();
  const t: Translate = await getTranslations("permissionJobs");
  const jobs = await listPermissionJobs(await getActorRef());

  return (
    <>
      <Link href="/customers" className="text-brand hover:underline">
        {t("jobs.backToCustomers")}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">{t("jobs.title")}</h1>
      <p className="mt-1 text-muted">{t("jobs.intro", { max: jobsListed })}</p>
      {!jobs.ok ? (
        <p role="alert" className="mt-4 text-danger">
          {say(await readerWords(), jobs.reason, jobs.values)}
        </p>
      ) : jobs.data.length === 0 ? (
        <p className="mt-4">{t("jobs.none")}</p>
      ) : (
        <table className="mt-4 w-full border-collapse text-left">
          <TableHead
            columns={[
              t("jobs.columns.started"),
              t("jobs.columns.change"),
              t("jobs.columns.customers"),
              t("jobs.columns.startedBy"),
              t("jobs.columns.status"),
              t("jobs.columns.counts"),
            ]}
          />
          <tbody>
            {jobs.data.map((job) => (
              <tr key={job.jobId} className="border-b border-line align-top">
                <td className="py-2 pr-4">
                  <LocalDateTime iso={job.startedAt.toISOString()} />
                </td>
                <td className="py-2 pr-4">
                  <Link href={`/customers/jobs/${job.jobId}`} className="text-brand hover:underline">
                    {changeWords(t, job)}
                  </Link>
                </td>
                <td className="py-2 pr-4">{selectionWords(t, job)}</td>
                <td className="py-2 pr-4">{job.startedBy.displayName}</td>
                <td className="py-2 pr-4">
                  <JobStatusBadge status={job.status} label={t(`status.${job.status}`)} />
                </td>
                <td className="py-2 pr-4">{progressWords(t, job.counts, null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
