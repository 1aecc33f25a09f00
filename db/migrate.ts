import { readMigrationFiles } from "drizzle-orm/migrator";
import { appPath } from "./app-dir";
import { openedDatabase } from "./client";
import { migratePostgres } from "./postgres/client";

/** Applies the committed migrations the database lacks (SQLite applies them when it opens the file). */
export async function migrateDatabase(): Promise<void> {
  const open = openedDatabase();
  if (open.engine === "postgres") await migratePostgres(open.db);
}

/** How many committed migrations the database has not applied: 0 when it is current. */
export async function pendingMigrations(): Promise<number> {
  const open = openedDatabase();
  const committed = readMigrationFiles({ migrationsFolder: appPath("db", open.engine, "migrations") });
  const applied =
    open.engine === "postgres"
      ? await open.db.$client
          .query<{ created_at: string }>("select created_at from drizzle.__drizzle_migrations")
          .then((result) => result.rows.map((row) => Number(row.created_at)))
          .catch(() => [])
      : (open.db.$client.prepare("select created_at from __drizzle_migrations").all() as { created_at: number }[]).map(
          (row) => Number(row.created_at),
        );
  const done = new Set(applied);
  return committed.filter((migration) => !done.has(migration.folderMillis)).length;
}
