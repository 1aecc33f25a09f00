import fs from "node:fs";
import path from "node:path";
import { keepPrivate, openedDatabase } from "./client";

export type BackupOutcome =
  | { ok: true; file: string; pages: number }
  /** PostgreSQL is backed up with pg_dump or the managed service's own backups, not by the app. */
  | { ok: false; reason: "postgres" }
  /** Nothing is ever overwritten: the file named is there already. */
  | { ok: false; reason: "exists"; file: string };

/**
 * A consistent copy of the SQLite database in `file`, taken while the server keeps running: SQLite's online backup
 * copies the pages as one snapshot (it starts over if another process commits in between, so the copy never mixes
 * two states, and never holds a transaction that was not committed). The copy is readable by its owner only, like
 * the database (it holds password and key hashes), and is a database file of its own that `DATABASE_URL` can name.
 */
export async function backupDatabase(file: string): Promise<BackupOutcome> {
  const open = openedDatabase();
  if (open.engine === "postgres") return { ok: false, reason: "postgres" };
  const target = path.resolve(file);
  // Created here, exclusively: an existing file is refused without a race, and the copy is 0600 from its first byte.
  try {
    fs.closeSync(fs.openSync(target, "wx", 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return { ok: false, reason: "exists", file: target };
    throw error;
  }
  try {
    const { totalPages } = await open.db.$client.backup(target, {
      // All the pages in one step: a busy server committing between steps could otherwise restart it again and again.
      progress: () => 0x7fffffff,
    });
    keepPrivate(target);
    return { ok: true, file: target, pages: totalPages };
  } catch (error) {
    for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(target + suffix, { force: true });
    throw error;
  }
}
