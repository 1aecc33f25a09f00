import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import fs from "node:fs";
import path from "node:path";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
const defaultFile = path.join(process.cwd(), "data", "partner-console.sqlite");

/** Where the data lives: `DATABASE_URL` (a file path, `file:` prefix allowed), else `data/partner-console.sqlite`. */
export function databasePath(): string {
  const configured = process.env.DATABASE_URL?.replace(/^file:/, "");
  // The path is configuration, not a file the build should trace.
  return configured ? path.resolve(/*turbopackIgnore: true*/ configured) : defaultFile;
}

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
export function openDatabase(file: string): Db {
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
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder });
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

// Next.js dev reloads modules; keep one connection per process on globalThis.
const holder = globalThis as unknown as { partnerConsoleDb?: { file: string; db: Db } };

/** The process-wide connection to the configured database, opened and migrated on first use. */
export function getDb(): Db {
  const file = databasePath();
  if (holder.partnerConsoleDb?.file !== file) {
    holder.partnerConsoleDb?.db.$client.close();
    holder.partnerConsoleDb = { file, db: openDatabase(file) };
  }
  return holder.partnerConsoleDb.db;
}

export function closeDb(): void {
  holder.partnerConsoleDb?.db.$client.close();
  holder.partnerConsoleDb = undefined;
}

/** A transaction handle: what use cases read and write through. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
