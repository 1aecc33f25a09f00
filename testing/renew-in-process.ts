// Run by the renewal job's test as separate OS processes, so that two jobs really race:
//   tsx renew-in-process.ts <start at, ms since epoch>
import { closeDb } from "@/db/client";
import { renewDueReservations } from "@/lib/reservations/renew-reservations";

setTimeout(
  async () => {
    process.stdout.write(JSON.stringify(await renewDueReservations()));
    // A PostgreSQL pool would keep the process alive.
    await closeDb();
  },
  Math.max(0, Number(process.argv[2]) - Date.now()),
);
