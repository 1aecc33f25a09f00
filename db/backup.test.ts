import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDb, databasePath, engineOf, getDb } from "@/db/client";
import { partnerUsers } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import { demoPassword } from "@/lib/auth/demo-password";
import { isSessionLive } from "@/lib/auth/sessions";
import { attemptSignIn } from "@/lib/auth/sign-in-attempt";
import { demo, partnerUserId } from "@/testing/fixtures";
import { demoSecondFactorAt } from "@/testing/mfa";
import { backupDatabase } from "./backup";

const displayNameOf = async (email: string) =>
  (await getDb().select().from(partnerUsers).where(eq(partnerUsers.email, email)).limit(1))[0]?.displayName;

/** A whole sign-in, the demo authenticator app's code with the password; its code is spent, so twice a step apart. */
const signIn = (name: string, now: Date) =>
  attemptSignIn({
    name,
    password: demoPassword(),
    clientAddress: "203.0.113.40",
    secondFactor: demoSecondFactorAt(now),
    now,
  });

describe.skipIf(engineOf() === "postgres")("backupDatabase (SQLite)", () => {
  let folder: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "partner-console-backup-"));
  });

  afterEach(async () => {
    await closeDb();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("copies what was committed, not another connection's open write transaction; the copy is private and signs in", async () => {
    const signedIn = await signIn(demo.contosoAdmin, new Date());
    if (!signedIn.ok) throw new Error(`the demo admin could not sign in: ${signedIn.error}`);
    await writeTransaction((tx) =>
      tx.update(partnerUsers).set({ displayName: "Committed Sales" }).where(eq(partnerUsers.email, demo.contosoSales)),
    );

    // Another process, halfway through a write: the backup neither waits for it nor copies it.
    const other = new Database(databasePath());
    other.pragma("busy_timeout = 5000");
    other.exec("begin immediate");
    other.prepare("update partner_users set display_name = 'Not Committed' where email = ?").run(demo.contosoHelpdesk);
    const copy = path.join(folder, "backup.sqlite");
    const outcome = await backupDatabase(copy);
    other.exec("rollback");
    other.close();
    expect(outcome).toMatchObject({ ok: true, file: copy });
    expect(fs.statSync(copy).mode & 0o777).toBe(0o600);

    await closeDb();
    process.env.DATABASE_URL = copy;
    expect(databasePath()).toBe(copy);
    expect(await displayNameOf(demo.contosoSales)).toBe("Committed Sales");
    expect(await displayNameOf(demo.contosoHelpdesk)).not.toBe("Not Committed");
    const admin = { kind: "partner_user" as const, id: await partnerUserId(demo.contosoAdmin) };
    expect(await isSessionLive(getDb(), signedIn.sessionId, admin)).toBe(true);
    // The copy has the code spent above too: the next step's code signs in.
    expect(await signIn(demo.contosoAdmin, new Date(Date.now() + 30_000))).toMatchObject({ ok: true, user: admin });
  });

  it("refuses to overwrite a file that is there already", async () => {
    const existing = path.join(folder, "existing.sqlite");
    fs.writeFileSync(existing, "keep me");
    expect(await backupDatabase(existing)).toEqual({ ok: false, reason: "exists", file: existing });
    expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
  });
});
