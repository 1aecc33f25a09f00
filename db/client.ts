import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import path from "node:path";
import { engineOf } from "./engine";
import { openPostgres, type PostgresDb } from "./postgres/client";
import type * as schema from "./sqlite/schema";
import { defaultFile, openDatabase, type SqliteDb } from "./sqlite/client";

export { keepPrivate, openDatabase } from "./sqlite/client";

/**
 * What use cases read and write through. Its type is the SQLite database's; on PostgreSQL, node-postgres's database
 * answers the same calls (awaited: `.get()`, `.all()` and `.run()` are SQLite's alone and are not used).
 */
export type Db = BetterSQLite3Database<typeof schema>;
/** A transaction handle: what use cases read and write through inside one. */
export type Tx = Db;

export { engineOf, type Engine } from "./engine";

/** Where the SQLite data lives: `DATABASE_URL` (a file path, `file:` prefix allowed), else `data/partner-console.sqlite`. */
export function databasePath(): string {
  const configured = process.env.DATABASE_URL?.replace(/^file:/, "");
  // The path is configuration, not a file the build should trace.
  return configured && engineOf() === "sqlite" ? path.resolve(/*turbopackIgnore: true*/ configured) : defaultFile;
}

type Open = { engine: "sqlite"; url: string; db: SqliteDb } | { engine: "postgres"; url: string; db: PostgresDb };

// Next.js dev reloads modules; keep one connection (SQLite) or pool (PostgreSQL) per process on globalThis.
const holder = globalThis as unknown as { partnerConsoleDb?: Open };

/** The process's database, opened on first use (a SQLite file is created and migrated then; see prepareDatabase). */
export function openedDatabase(): Open {
  const url = process.env.DATABASE_URL ?? "";
  if (holder.partnerConsoleDb?.url !== url) {
    void closeDb();
    holder.partnerConsoleDb =
      engineOf(url) === "postgres" ? { engine: "postgres", url, db: openPostgres(url) } : openSqlite(url);
  }
  return holder.partnerConsoleDb;
}

function openSqlite(url: string): Open {
  return { engine: "sqlite", url, db: openDatabase(databasePath()) };
}

export function getDb(): Db {
  return openedDatabase().db as unknown as Db;
}

export async function closeDb(): Promise<void> {
  const open = holder.partnerConsoleDb;
  holder.partnerConsoleDb = undefined;
  if (open?.engine === "sqlite") open.db.$client.close();
  if (open?.engine === "postgres") await open.db.$client.end();
}
