import { openedDatabase } from "./client";
import { pendingMigrations } from "./migrate";

export type DatabaseHealth = { database: "up" | "down"; migrations: "current" | "pending" | "unknown" };

/** What /api/health tells a load balancer: whether the database answers, and whether it has every migration. */
export async function databaseHealth(): Promise<DatabaseHealth> {
  try {
    const open = openedDatabase();
    if (open.engine === "postgres") await open.db.$client.query("select 1");
    else open.db.$client.prepare("select 1").get();
    return { database: "up", migrations: (await pendingMigrations()) === 0 ? "current" : "pending" };
  } catch {
    return { database: "down", migrations: "unknown" };
  }
}
