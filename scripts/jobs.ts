// npm run jobs: runs Partner Console's scheduled work once, now (the server also runs it on a timer).
import { renewDueReservations } from "@/lib/reservations/renew-reservations";

const renewals = renewDueReservations();
console.log(
  `Reservation renewals: ${renewals.renewed} renewed, ${renewals.already_renewed} already renewed elsewhere, ${renewals.not_billable} not billable (their subscription no longer qualifies), ${renewals.failed} failed (tried again next run).`,
);
if (renewals.failed > 0) process.exitCode = 1;
