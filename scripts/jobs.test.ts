import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { setExpiryDigest } from "@/lib/notifications/set-expiry-digest";
import { actorRef, demo } from "@/testing/fixtures";

it("npm run jobs renews what is due, sends the expiry digests, says so, and ends when its work is done", async () => {
  await setExpiryDigest(await actorRef(demo.contosoAdmin), { enabled: true });
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
  // Contoso's admin asked for the digest, and the seed has Contoso purchases that end within 30 days.
  expect(stdout).toContain("Expiry digests: 1 sent, 0 already sent today");
  // A PostgreSQL pool left open would keep the process alive for its 30-second idle timeout.
  expect(Date.now() - started).toBeLessThan(15_000);
}, 60_000);
