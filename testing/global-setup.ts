import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { max } from "drizzle-orm";
import type { TestProject } from "vitest/node";
import { closeDb, engineOf, getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { activityEntries } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createPostgresDatabase, dropPostgresDatabases } from "./test-databases";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated, seeded database every test starts from a copy of: a SQLite file or a PostgreSQL URL. */
    templateDatabase: string;
    /** The highest activity entry id in the seeded template: entries above it were written by the test. */
    seededActivityCeiling: number;
  }
}

/**
 * Builds one migrated, seeded database per run; every test starts from a copy of it. DATABASE_URL=postgres://… runs
 * the suite on that PostgreSQL server (in databases of its own, dropped at the end); otherwise on SQLite files.
 */
export default async function setup(project: TestProject) {
  const configured = process.env.DATABASE_URL;
  const postgres = engineOf(configured) === "postgres";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partner-console-tests-"));
  const prefix = `partner_console_test_${process.pid}`;
  const template = postgres ? await createPostgresDatabase(configured!, prefix) : path.join(dir, "template.sqlite");
  process.env.DATABASE_URL = template;
  try {
    await migrateDatabase();
    await seedDemo();
    const [{ ceiling }] = await getDb()
      .select({ ceiling: max(activityEntries.id) })
      .from(activityEntries);
    project.provide("seededActivityCeiling", ceiling ?? 0);
  } finally {
    await closeDb();
    if (configured === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = configured;
  }
  project.provide("templateDatabase", template);
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (postgres) await dropPostgresDatabases(configured!, prefix);
  };
}
