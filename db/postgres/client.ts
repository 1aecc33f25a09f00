import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { appPath } from "../app-dir";
import { noteIfDatabaseUnavailable } from "../unavailable";

export type PostgresDb = NodePgDatabase & { $client: pg.Pool };

/** Connections each process keeps: DATABASE_POOL_SIZE, else 10 (Azure's smallest tier allows 50 in all). */
function poolSize(): number {
  const configured = Number(process.env.DATABASE_POOL_SIZE);
  return Number.isInteger(configured) && configured > 0 ? configured : 10;
}

/** A pool of connections to the database the URL names; `sslmode` in the URL sets TLS. Nothing is migrated here. */
export function openPostgres(url: string): PostgresDb {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize(),
    // A database that does not answer makes requests fail fast (503) rather than queue behind a dead connection.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: "partner-console",
  });
  // A connection lost while idle (a restart, a failover) is dropped from the pool; the next query opens a new one.
  pool.on("error", () => {});
  // Every query outside a transaction comes through here (Drizzle's, and ours): one that found the database
  // unreachable is noted for the request, which the server then answers with 503 (server/server.mjs).
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => {
    if (typeof args.at(-1) === "function") return query(...args);
    return (query(...args) as Promise<unknown>).catch((error: unknown) => {
      noteIfDatabaseUnavailable(error);
      throw error;
    });
  }) as typeof pool.query;
  return drizzle(pool) as PostgresDb;
}

/** Any number that identifies Partner Console's migrations among the database's advisory locks. */
const migrationLock = 1_802_318;

/**
 * Applies the committed migrations. Machines that start together take turns on an advisory lock: the first applies
 * them, the others find them applied.
 */
export async function migratePostgres(db: PostgresDb): Promise<void> {
  const client = await db.$client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [migrationLock]);
    await migrate(drizzle(client), { migrationsFolder: appPath("db", "postgres", "migrations") });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [migrationLock]).catch(() => {});
    client.release();
  }
}

const maxAttempts = 12;

/**
 * Write transactions are SERIALIZABLE: PostgreSQL runs them side by side and fails one of two that could not have run
 * one after the other (40001, or a deadlock 40P01); it is run again from the start, and sees what the other wrote.
 * Reads see one snapshot and never fail that way. Decision record 024.
 */
export async function postgresTransaction<T>(
  db: PostgresDb,
  mode: "write" | "read",
  work: (tx: PostgresDb) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(
        (tx) => work(tx as unknown as PostgresDb),
        mode === "write"
          ? { isolationLevel: "serializable" }
          : { isolationLevel: "repeatable read", accessMode: "read only" },
      );
    } catch (error) {
      noteIfDatabaseUnavailable(error);
      if (attempt >= maxAttempts || !isSerializationFailure(error)) throw error;
      // Spread the retries out, so the transactions that collided do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(200, 5 * 2 ** attempt)));
    }
  }
}

function isSerializationFailure(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = (e as { cause?: unknown }).cause) {
    const { code } = e as { code?: string };
    if (code === "40001" || code === "40P01") return true;
  }
  return false;
}
