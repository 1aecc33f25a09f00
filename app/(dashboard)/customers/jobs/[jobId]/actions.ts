"use server";

import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { cancelPermissionJob } from "@/lib/permission-jobs/cancel-permission-job";

/** "Cancel job": the customers already done keep their change, the waiting ones are left as they are. */
export async function cancelPermissionJobAction(jobId: string) {
  return inReadersWords(cancelPermissionJob(await getActorRef(), { jobId }));
}
