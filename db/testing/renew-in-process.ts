// Run by the renewal job's test as separate OS processes, so that two jobs really race:
//   tsx renew-in-process.ts <start at, ms since epoch>
import { renewDueReservations } from "@/lib/reservations/renew-reservations";

setTimeout(
  () => process.stdout.write(JSON.stringify(renewDueReservations())),
  Math.max(0, Number(process.argv[2]) - Date.now()),
);
