"use server";

import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { previewPermissionJob } from "@/lib/permission-jobs/preview-permission-job";
import { wakePermissionJobs } from "@/lib/permission-jobs/run-permission-jobs";
import { startPermissionJob } from "@/lib/permission-jobs/start-permission-job";

/** The Change customer permissions dialog's preview: what the change would do, before anything is started. */
export async function previewPermissionJobAction(input: unknown) {
  return inReadersWords(previewPermissionJob(await getActorRef(), input));
}

/**
 * Starts the bulk change; this server's job runner is woken at once rather than at its next tick, so the job page the
 * agent is sent to already shows progress.
 */
export async function startPermissionJobAction(input: unknown) {
  const started = await startPermissionJob(await getActorRef(), input);
  if (started.ok) wakePermissionJobs();
  return inReadersWords(started);
}
