"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { LocalDateTime } from "@/components/ui/local-date-time";
import type { PermissionJobResource } from "@/lib/api/permission-jobs-api";
import type { ActionResult } from "@/lib/i18n/describe";
import { JobStatusBadge } from "./job-status-badge";
import { useJobWords } from "./job-words";

/** How often a running job's progress is read again. */
const pollEveryMs = 500;

async function fetchJob(jobId: string, loadFailed: string): Promise<PermissionJobResource> {
  const response = await fetch(`/api/v1/permissionJobs/${jobId}`, { cache: "no-store" });
  if (!response.ok) throw new Error(loadFailed);
  return response.json();
}

/**
 * A job's live progress, read from the API (the job lives in the database, so a reload or another agent's browser
 * shows the same), every half second while it runs and never again once it has finished. When it finishes the page
 * is rendered again, so its table of outcomes is the final one.
 */
export function JobProgress({
  initial,
  cancel,
}: {
  initial: PermissionJobResource;
  /** For Admin agents: the server action that cancels it. */
  cancel?: (jobId: string) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("permissionJobs");
  const { progress } = useJobWords();
  const router = useRouter();
  const queryClient = useQueryClient();
  const queryKey = ["permission-jobs", initial.id];
  const loadFailed = t("job.loadFailed");
  const { data: job, isError } = useQuery({
    queryKey,
    queryFn: () => fetchJob(initial.id, loadFailed),
    initialData: initial,
    refetchInterval: (query) => (query.state.data?.status === "running" ? pollEveryMs : false),
  });
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const wasRunning = useRef(initial.status === "running");
  useEffect(() => {
    if (wasRunning.current && job.status !== "running") router.refresh();
    wasRunning.current = job.status === "running";
  }, [job.status, router]);

  const done = job.counts.total - job.counts.waiting;
  // Set through the DOM rather than a style attribute, which the Content-Security-Policy refuses in server HTML.
  const bar = useRef<HTMLDivElement>(null);
  const share = job.counts.total === 0 ? 100 : (100 * done) / job.counts.total;
  useEffect(() => {
    if (bar.current) bar.current.style.width = `${share}%`;
  }, [share]);
  const words = progress(job.counts, job.status === "running" ? job.secondsLeft : null);
  return (
    <section className="mt-4 max-w-3xl">
      <p>
        <JobStatusBadge status={job.status} label={t(`status.${job.status}`)} />
      </p>
      <div
        role="progressbar"
        aria-label={t("job.progress")}
        aria-valuemin={0}
        aria-valuemax={job.counts.total}
        aria-valuenow={done}
        aria-valuetext={words}
        className="mt-3 h-3 w-full overflow-hidden rounded-sm bg-nav"
      >
        <div ref={bar} className="h-full w-0 bg-brand transition-[width]" />
      </div>
      <p className="mt-2" aria-live="polite">
        {words}
      </p>
      {job.cancelledBy && (
        <p className="mt-1 text-muted">
          {t.rich("job.cancelledBy", {
            name: job.cancelledBy.displayName,
            email: job.cancelledBy.email,
            time: () => job.finishedAt && <LocalDateTime iso={job.finishedAt} />,
          })}
        </p>
      )}
      {job.finishedAt && !job.cancelledBy && (
        <p className="mt-1 text-muted">
          {t.rich("job.finishedAt", { time: () => <LocalDateTime iso={job.finishedAt!} /> })}
        </p>
      )}
      {job.status === "cancelled" && <p className="mt-1">{t("job.cancelled")}</p>}
      {isError && <p className="mt-1 text-danger">{loadFailed}</p>}
      <p role="alert" className="mt-2 empty:hidden rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
        {error}
      </p>
      {cancel && job.status === "running" && (
        <Button
          type="button"
          variant="secondary"
          className="mt-3"
          disabled={cancelling}
          onClick={async () => {
            setCancelling(true);
            setError(null);
            try {
              const result = await cancel(job.id);
              if (!result.ok) setError(result.message);
              await queryClient.invalidateQueries({ queryKey });
            } finally {
              setCancelling(false);
            }
          }}
        >
          {cancelling ? t("job.cancelling") : t("job.cancel")}
        </Button>
      )}
    </section>
  );
}
