import { sendExpiryDigests } from "@/lib/jobs/expiry-digests";
import { startPermissionJobRunner } from "@/lib/permission-jobs/run-permission-jobs";
import { renewDueReservations } from "@/lib/reservations/renew-reservations";
import { renewDueSavingsPlans } from "@/lib/savings-plans/renew-savings-plans";
import { startWebhookDelivery } from "@/lib/webhooks/deliver-webhooks";

/** How often the server looks for reservations and savings plans due for renewal. */
const renewalIntervalMs = 10 * 60 * 1000;

async function runRenewals() {
  try {
    const { renewed } = await renewDueReservations();
    if (renewed) console.log(`Partner Console: renewed ${renewed} reservation(s).`);
    const plans = await renewDueSavingsPlans();
    if (plans.renewed) console.log(`Partner Console: renewed ${plans.renewed} savings plan(s).`);
  } catch (error) {
    console.error("Partner Console: the renewal job failed; it runs again at the next interval.", error);
  }
}

async function runExpiryDigests() {
  try {
    const { sent } = await sendExpiryDigests();
    if (sent) console.log(`Partner Console: sent ${sent} expiry digest(s).`);
  } catch (error) {
    console.error("Partner Console: the expiry digest job failed; it runs again at the next interval.", error);
  }
}

/** The work on the renewal timer: renewals, then the expiry digests (each written once a day, however often run). */
async function runScheduledWork() {
  await runRenewals();
  await runExpiryDigests();
}

/**
 * The server's timer for scheduled work: once at start, then every ten minutes. Several processes may run it at
 * once: each renewal, and each agent's expiry digest of the day, is written once, held by a unique index
 * (lib/renewals/renewal-loop.ts, lib/jobs/expiry-digests.ts). Bulk permission jobs have their own runner, woken when
 * a job starts and every two seconds (lib/permission-jobs/run-permission-jobs.ts); webhook events theirs, every
 * second (lib/webhooks/deliver-webhooks.ts).
 */
export function startScheduledJobs(): void {
  startPermissionJobRunner();
  startWebhookDelivery();
  void runScheduledWork();
  setInterval(() => void runScheduledWork(), renewalIntervalMs).unref();
}
