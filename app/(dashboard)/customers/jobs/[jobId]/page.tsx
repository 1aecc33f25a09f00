import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { JobProgress } from "@/components/permission-jobs/job-progress";
import { changeWords, selectionWords, type Translate } from "@/components/permission-jobs/job-words";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { TableHead } from "@/components/ui/table-head";
import { buttonLinkClass } from "@/components/ui/button";
import { can } from "@/lib/access/roles";
import { permissionJobResourceOf } from "@/lib/api/permission-jobs-api";
import { getActorRef, requirePartnerActor } from "@/lib/auth/current-actor";
import { say } from "@/lib/i18n/describe";
import { readerWords } from "@/lib/i18n/server";
import { getPermissionJob } from "@/lib/permission-jobs/get-permission-job";
import { listPermissionJobOutcomes } from "@/lib/permission-jobs/permission-job-outcomes";
import { cancelPermissionJobAction } from "./actions";

/** How many customers the page lists; the CSV has them all. */
const outcomesShown = 100;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("permissionJobs");
  return { title: t("job.title") };
}

/** One bulk permission job: what it changes, who started it, its live progress, and what it did for each customer. */
export default async function PermissionJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const actor = await requirePartnerActor();
  const { jobId } = await params;
  const actorRef = await getActorRef();
  const [found, outcomes] = await Promise.all([
    getPermissionJob(actorRef, jobId),
    listPermissionJobOutcomes(actorRef, jobId, { limit: outcomesShown }),
  ]);
  if (!found.ok || !outcomes.ok) notFound();
  const job = found.data;
  const t: Translate = await getTranslations("permissionJobs");
  const words = await readerWords();

  return (
    <>
      <Link href="/customers/jobs" className="text-brand hover:underline">
        {t("jobs.title")}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">{changeWords(t, job)}</h1>
      <p className="mt-1">{selectionWords(t, job)}</p>
      <p className="mt-1 text-muted">
        {t.rich("job.startedBy", {
          name: job.startedBy.displayName,
          email: job.startedBy.email,
          time: () => <LocalDateTime iso={job.startedAt.toISOString()} />,
        })}
      </p>
      <ClientMessages namespaces={["permissionJobs"]}>
        <JobProgress
          initial={permissionJobResourceOf(job)}
          cancel={can(actor.role, "changeCustomerPermissions") ? cancelPermissionJobAction : undefined}
        />
      </ClientMessages>

      <section aria-labelledby="job-outcomes" className="mt-8">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="job-outcomes" className="text-lg font-semibold">
            {t("outcomes.title")}
          </h2>
          <a href={`/customers/jobs/${job.jobId}/outcomes`} className={buttonLinkClass} download>
            {t("outcomes.download")}
          </a>
        </div>
        {job.counts.total > outcomesShown && (
          <p className="mt-1 text-muted">{t("outcomes.shown", { shown: outcomesShown, total: job.counts.total })}</p>
        )}
        <table className="mt-2 w-full border-collapse text-left">
          <TableHead
            columns={[
              t("outcomes.columns.companyName"),
              t("outcomes.columns.microsoftId"),
              t("outcomes.columns.outcome"),
              t("outcomes.columns.reason"),
              t("outcomes.columns.doneAt"),
            ]}
          />
          <tbody>
            {outcomes.data.rows.map((row) => (
              <tr key={row.tenantId} className="border-b border-line">
                <td className="py-2 pr-4">
                  <Link href={`/customers/${row.tenantId}/account`} className="text-brand hover:underline">
                    {row.companyName}
                  </Link>
                </td>
                <td className="py-2 pr-4 font-mono text-xs">{row.tenantId}</td>
                <td className="py-2 pr-4">
                  {t(`outcome.${row.outcome ?? (job.status === "running" ? "waiting" : "notDone")}`)}
                </td>
                <td className="py-2 pr-4">{row.reason && say(words, row.reason)}</td>
                <td className="py-2 pr-4">{row.doneAt && <LocalDateTime iso={row.doneAt.toISOString()} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
