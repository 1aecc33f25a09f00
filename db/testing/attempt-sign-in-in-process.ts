// Run by the sign-in throttle's tests as separate OS processes, so that guesses really race for the database:
//   tsx attempt-sign-in-in-process.ts <name> <password> <client address> <start at, ms since epoch>
import { attemptSignIn } from "@/lib/auth/sign-in-attempt";

const [name, password, clientAddress, startAt] = process.argv.slice(2);
setTimeout(
  () => process.stdout.write(JSON.stringify(attemptSignIn({ name, password, clientAddress }))),
  Math.max(0, Number(startAt) - Date.now()),
);
