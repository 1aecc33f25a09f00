// npm run jobs: runs Partner Console's scheduled work once, now (the server also runs it on a timer).
import { closeDb } from "@/db/client";
import { expiryDigestWindow, sendExpiryDigests, type ExpiryDigestOutcome } from "@/lib/jobs/expiry-digests";
import type { RenewalOutcome } from "@/lib/jobs/renew-each";
import { renewDueReservations } from "@/lib/reservations/renew-reservations";
import { renewDueSavingsPlans } from "@/lib/savings-plans/renew-savings-plans";

function report(what: string, counts: Record<RenewalOutcome, number>): void {
  console.log(
    `${what} renewals: ${counts.renewed} renewed, ${counts.no_longer_due} no longer due (done by another run), ${counts.not_renewed} not renewed (they could not be billed at expiry: they expire, the partner is told), ${counts.failed} failed (tried again next run).`,
  );
  if (counts.failed > 0) process.exitCode = 1;
}

function reportDigests(counts: Record<ExpiryDigestOutcome, number>): void {
  console.log(
    `Expiry digests: ${counts.sent} sent, ${counts.already_sent} already sent today, ${counts.nothing_expiring} not sent (nothing expires within ${expiryDigestWindow} days), ${counts.no_longer_wanted} no longer wanted, ${counts.failed} failed (tried again next run).`,
  );
  if (counts.failed > 0) process.exitCode = 1;
}

async function main() {
  report("Reservation", await renewDueReservations());
  report("Savings plan", await renewDueSavingsPlans());
  reportDigests(await sendExpiryDigests());
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  // A PostgreSQL pool would keep the process alive for its idle timeout after the work is done.
  .finally(closeDb);
