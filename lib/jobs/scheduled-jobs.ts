import { renewDueReservations } from "@/lib/reservations/renew-reservations";
import { renewDueSavingsPlans } from "@/lib/savings-plans/renew-savings-plans";

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

/**
 * The server's timer for scheduled work: once at start, then every ten minutes. Several processes may run it at
 * once: each renewal is written once, held by a unique index (lib/renewals/renewal-loop.ts).
 */
export function startScheduledJobs(): void {
  void runRenewals();
  setInterval(() => void runRenewals(), renewalIntervalMs).unref();
}
