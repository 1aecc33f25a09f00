import { afterAll, beforeEach, inject } from "vitest";
import { closeDb } from "@/db/client";
import { testDatabases } from "./test-databases";

// Each test gets its own copy of the migrated, seeded template: a file copy on SQLite, CREATE DATABASE … TEMPLATE on
// PostgreSQL.
const databases = testDatabases(inject("templateDatabase"));
const worker = process.env.VITEST_POOL_ID ?? String(process.pid);

beforeEach(async () => {
  await closeDb();
  process.env.DATABASE_URL = await databases.freshCopy(worker);
});

afterAll(async () => {
  await closeDb();
  await databases.close();
});
