import { useTranslations } from "next-intl";
import type { PurchasePermissionResource } from "@/db/enums";

// A job in words, the same on the Jobs list, the job page and the dialog: which change, over which customers, how far.
// Each takes a translator of the permissionJobs namespace: a server page's, or a client component's (useJobWords).

export type Translate = ReturnType<typeof useTranslations<"permissionJobs">>;

/** "Turn on Azure reservations". */
export function changeWords(t: Translate, job: { resource: PurchasePermissionResource; enabled: boolean }): string {
  return t(job.enabled ? "change.on" : "change.off", { resource: t(`resource.${job.resource}`) });
}

/** "25 customers picked", "All customers matching “toys”", "All customers". */
export function selectionWords(t: Translate, job: { search: string | null; pickedCount: number | null }): string {
  if (job.search === null) return t("selection.picked", { count: job.pickedCount ?? 0 });
  return job.search ? t("selection.search", { search: job.search }) : t("selection.all");
}

type Counts = { total: number; changed: number; unchanged: number; skipped: number; failed: number; waiting: number };

/** "12 of 25 done: 10 changed, 1 already so, 1 skipped, 0 failed", with "about 3 seconds left" while it is known. */
export function progressWords(t: Translate, counts: Counts, secondsLeft: number | null): string {
  const values = { ...counts, done: counts.total - counts.waiting };
  if (secondsLeft === null) return t("jobs.counts", values);
  const left =
    secondsLeft < 60
      ? t("job.seconds", { count: secondsLeft })
      : t("job.minutes", { count: Math.ceil(secondsLeft / 60) });
  return t("job.timeLeft", { ...values, left });
}

/** The same words in a client component, bound to its translator. */
export function useJobWords() {
  const t = useTranslations("permissionJobs");
  return {
    selection: (job: { search: string | null; pickedCount: number | null }) => selectionWords(t, job),
    progress: (counts: Counts, secondsLeft: number | null) => progressWords(t, counts, secondsLeft),
  };
}
