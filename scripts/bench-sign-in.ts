// npm run bench:sign-in
// Prints what sign-in throttling and constant-time refusal measure on this machine, on a throwaway seeded
// database: the time of each kind of refusal, how many guesses an account gets, and how long lockouts last.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { customerUsers } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { attemptSignIn } from "@/lib/auth/sign-in-attempt";

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partner-console-bench-sign-in-"));
  process.env.DATABASE_URL = path.join(dir, "bench.sqlite");
  await seedDemo();
  const deactivated = "megan@wingtiptoys.onmicrosoft.com";
  await getDb()
    .update(customerUsers)
    .set({ status: "inactive" })
    .where(eq(customerUsers.userPrincipalName, deactivated));

  const refusals = {
    "known account, wrong password": "admin@contoso-csp.example",
    "unknown account": "nobody@contoso-csp.example",
    "deactivated user": deactivated,
  };
  const rounds = 41;
  const samples = new Map<string, number[]>(Object.keys(refusals).map((name) => [name, []]));
  const start = Date.now();
  for (let round = 0; round < rounds; round++) {
    // Interleaved, each round from its own address and 20 minutes later: no lockout, no drift favouring one kind.
    for (const [name, account] of Object.entries(refusals)) {
      const began = performance.now();
      await attemptSignIn({
        name: account,
        password: "not-the-password",
        clientAddress: `192.0.2.${round}`,
        now: new Date(start + round * 20 * 60_000),
      });
      samples.get(name)!.push(performance.now() - began);
    }
  }
  const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.floor(values.length * p)];
  const knownMedian = percentile(samples.get("known account, wrong password")!, 0.5);
  console.log(`Refused sign-in, ${rounds} rounds interleaved (median / p90, ratio of medians to the known account):`);
  for (const [name, values] of samples) {
    const median = percentile(values, 0.5);
    console.log(
      `  ${name.padEnd(30)} ${median.toFixed(1)} ms / ${percentile(values, 0.9).toFixed(1)} ms   ×${(median / knownMedian).toFixed(3)}`,
    );
  }

  const account = "sales@contoso-csp.example";
  let checked = 0;
  const lockouts: string[] = [];
  let now = start + 10 * 24 * 3_600_000;
  for (let lockout = 1; lockout <= 3; lockout++) {
    for (;;) {
      const outcome = await attemptSignIn({
        name: account,
        password: `guess-${checked}`,
        clientAddress: "192.0.2.200",
        now: new Date(now),
      });
      if (lockout === 1) checked++;
      now += 1_000;
      if (!outcome.ok && outcome.error === "too_many_attempts") {
        lockouts.push(`${((outcome.retryAt.getTime() - (now - 1_000)) / 60_000).toFixed(0)} min`);
        now = outcome.retryAt.getTime();
        break;
      }
    }
  }
  console.log(`\nWrong passwords checked before the account locked: ${checked}`);
  console.log(`The first three lockouts in a row last: ${lockouts.join(", ")}`);

  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
