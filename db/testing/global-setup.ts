import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../client";
import { seedDemo } from "../seed";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
    /** The highest activity entry id in the seeded template: entries above it were written by the test. */
    seededActivityCeiling: number;
  }
}

/** Builds one migrated, seeded database per run; every test starts from a copy of it. */
export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partner-console-tests-"));
  const template = path.join(dir, "template.sqlite");
  const db = openDatabase(template);
  seedDemo(db);
  const { ceiling } = db.$client.prepare("select coalesce(max(id), 0) as ceiling from activity_entries").get() as {
    ceiling: number;
  };
  db.$client.close();
  project.provide("templateDatabase", template);
  project.provide("seededActivityCeiling", ceiling);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
