import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, inject } from "vitest";
import { closeDb } from "../client";

// Each test gets its own copy of the migrated, seeded template: resetting is a file copy.
const template = inject("templateDatabase");
const file = path.join(path.dirname(template), `worker-${process.env.VITEST_POOL_ID ?? process.pid}.sqlite`);

beforeEach(() => {
  closeDb();
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.copyFileSync(template, file);
  process.env.DATABASE_URL = file;
});

afterAll(() => closeDb());
