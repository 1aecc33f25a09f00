import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { closeDb, databasePath, engineOf } from "@/db/client";
import { migrateDatabase, pendingMigrations } from "@/db/migrate";
import { isDatabaseUnavailable } from "@/db/unavailable";

// npm run db:migrate    applies the committed migrations the configured database (DATABASE_URL) lacks, and stops.
// The server applies them too when it starts; this is for deploys that migrate first, then start the new version.

/** Where the data is: the SQLite file, or the PostgreSQL server and database (without a password). */
function databaseShown(): string {
  if (engineOf() === "sqlite") return databasePath();
  const url = new URL(process.env.DATABASE_URL!);
  url.password = "";
  return url.toString();
}

/**
 * Opening a SQLite file migrates it (db/sqlite/client.ts), so what it lacks is counted before it is opened, read-only:
 * the committed migrations whose timestamps its __drizzle_migrations table lacks (all of them for a file not there yet).
 */
function sqlitePending(): number | null {
  const committed = readMigrationFiles({ migrationsFolder: path.join(process.cwd(), "db", "sqlite", "migrations") });
  const file = databasePath();
  if (!fs.existsSync(file)) return committed.length;
  let applied: Set<number>;
  try {
    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const rows = sqlite.prepare("select created_at from __drizzle_migrations").all() as { created_at: number }[];
      applied = new Set(rows.map((row) => Number(row.created_at)));
    } finally {
      sqlite.close();
    }
  } catch (error) {
    // No migrations table yet (an empty file): nothing applied. Else the count is not known; migrating still is.
    if (!/no such table/.test(String(error))) return null;
    applied = new Set();
  }
  return committed.filter((migration) => !applied.has(migration.folderMillis)).length;
}

async function main() {
  const engine = engineOf();
  console.log(`Database: ${databaseShown()} (${engine === "postgres" ? "PostgreSQL" : "SQLite"})`);
  const before = engine === "sqlite" ? sqlitePending() : await pendingMigrations();
  await migrateDatabase();
  const after = await pendingMigrations();
  await closeDb();
  if (after > 0) throw new Error(`${after} migration(s) still pending after migrating.`);
  console.log(
    before === null
      ? "The database is current."
      : before === 0
        ? "Already current: no migration to apply."
        : `Applied ${before} migration${before === 1 ? "" : "s"}; the database is current.`,
  );
}

main().catch(async (error) => {
  console.error(isDatabaseUnavailable(error) ? `Could not reach the database: ${(error as Error).message}` : error);
  process.exitCode = 1;
  await closeDb().catch(() => {});
});
