import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";

it("npm run jobs renews what is due, says so, and ends when its work is done", async () => {
  const started = Date.now();
  const { stdout } = await promisify(execFile)(
    path.resolve("node_modules/.bin/tsx"),
    [path.resolve("scripts/jobs.ts")],
    {
      env: process.env,
    },
  );
  // The demo data has one reservation past its end with auto-renew on: Tailspin's.
  expect(stdout).toContain("Reservation renewals: 1 renewed");
  // A PostgreSQL pool left open would keep the process alive for its 30-second idle timeout.
  expect(Date.now() - started).toBeLessThan(15_000);
}, 60_000);
