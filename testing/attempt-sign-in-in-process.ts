// Run by the sign-in throttle's tests as separate OS processes, so that guesses really race for the database:
//   tsx attempt-sign-in-in-process.ts <name> <password> <client address> <start at, ms since epoch>
import { closeDb } from "@/db/client";
import { attemptSignIn } from "@/lib/auth/sign-in-attempt";

const [name, password, clientAddress, startAt] = process.argv.slice(2);
setTimeout(
  async () => {
    process.stdout.write(JSON.stringify(await attemptSignIn({ name, password, clientAddress })));
    // A PostgreSQL pool would keep the process alive.
    await closeDb();
  },
  Math.max(0, Number(startAt) - Date.now()),
);
