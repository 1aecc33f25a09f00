import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import fs from "node:fs";
import path from "node:path";
import { appPath } from "../app-dir";

export type SqliteDb = BetterSQLite3Database & { $client: Database.Database };

export const defaultFile = path.join(process.cwd(), "data", "partner-console.sqlite");

/**
 * Makes a file readable and writable by its owner only (creating it empty if missing), whatever the process's umask:
 * the database holds password and key hashes, and the secret beside it signs sessions. An existing file more open
 * than that, left by an earlier version, is closed too.
 */
export function keepPrivate(file: string): void {
  fs.closeSync(fs.openSync(file, "a", 0o600));
  if ((fs.statSync(file).mode & 0o777) !== 0o600) fs.chmodSync(file, 0o600);
}

/** Opens (creating if needed) and migrates a database file. */
export function openDatabase(file: string): SqliteDb {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // SQLite creates the main file 0644 (less the umask) but gives its WAL, shared-memory and rollback journal files the
  // main file's mode: creating the main file 0600 first makes them all 0600. Ones left over from before are closed too.
  keepPrivate(file);
  for (const companion of ["-wal", "-shm", "-journal"]) {
    if (fs.existsSync(file + companion)) keepPrivate(file + companion);
  }
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // WAL makes NORMAL durable across application crashes; FULL would fsync every commit.
  sqlite.pragma("synchronous = NORMAL");
  cachePreparedStatements(sqlite);
  const db = drizzle(sqlite) as SqliteDb;
  migrate(db, { migrationsFolder: appPath("db", "sqlite", "migrations") });
  return db;
}

/**
 * Drizzle prepares every query's SQL anew, and compiling it was the largest single cost of a page's database work
 * (docs/decisions/021-speed.md): keep each compiled statement, keyed by its SQL text, and hand it out again. A kept
 * statement is put back in its default mode first, since Drizzle switches some to raw (array) rows. Safe because
 * better-sqlite3 is synchronous: a statement is never in use by two queries at once.
 */
function cachePreparedStatements(sqlite: Database.Database, limit = 1000) {
  const prepare = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = kept.get(source);
    if (statement) {
      if (statement.reader) statement.raw(false);
      return statement;
    }
    statement = prepare(source);
    if (kept.size >= limit) kept.clear();
    kept.set(source, statement);
    return statement;
  }) as typeof sqlite.prepare;
}

// better-sqlite3 has one connection per process and runs each statement at once: an async transaction holds the
// connection from BEGIN to COMMIT, so this process's transactions take turns. Other processes wait on SQLite's lock.
const turns = new WeakMap<SqliteDb, Promise<unknown>>();

export async function sqliteTransaction<T>(
  db: SqliteDb,
  mode: "write" | "read",
  work: (tx: SqliteDb) => Promise<T>,
): Promise<T> {
  const before = turns.get(db) ?? Promise.resolve();
  let done!: () => void;
  const mine = new Promise<void>((resolve) => (done = resolve));
  turns.set(
    db,
    before.then(() => mine),
  );
  await before;
  const client = db.$client;
  try {
    // IMMEDIATE takes the write lock before anything is read; a read transaction sees one snapshot.
    client.exec(mode === "write" ? "begin immediate" : "begin");
    try {
      const result = await work(db);
      client.exec("commit");
      return result;
    } catch (error) {
      if (client.inTransaction) client.exec("rollback");
      throw error;
    }
  } finally {
    done();
  }
}
