// Run by the expiry digest job's test as separate OS processes, so that two jobs really race:
//   tsx expiry-digests-in-process.ts <start at, ms since epoch> <the jobs' now, ms since epoch>
import { closeDb } from "@/db/client";
import { sendExpiryDigests } from "@/lib/jobs/expiry-digests";

setTimeout(
  async () => {
    process.stdout.write(JSON.stringify(await sendExpiryDigests(new Date(Number(process.argv[3])))));
    // A PostgreSQL pool would keep the process alive.
    await closeDb();
  },
  Math.max(0, Number(process.argv[2]) - Date.now()),
);
