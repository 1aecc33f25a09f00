// npm run bench [-- --customers 100000 --activity 1000000] [-- --postgres postgres://user@host:5432/db]
// Builds a throwaway database with a large partner on each engine and prints how long the hot reads take: each
// engine's own figures (scripts/bench-engine.ts, in a process of its own), then both side by side. The goal: every
// list, search and filter on PostgreSQL within 2× of SQLite. PostgreSQL runs in a throwaway cluster
// (scripts/throwaway-postgres.sh), or, with --postgres, in a throwaway database on that server; without PostgreSQL
// installed, SQLite alone. Figures, not pass/fail: compare them across changes on the same machine.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createPostgresDatabase, databaseUrl } from "@/testing/test-databases";
import type { Figure } from "./bench-engine";

const { values } = parseArgs({
  options: { customers: { type: "string" }, activity: { type: "string" }, postgres: { type: "string" } },
});
const customerCount = values.customers ?? "100000";
const activityCount = values.activity ?? "1000000";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const throwawayPostgres = path.join(root, "scripts", "throwaway-postgres.sh");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partner-console-bench-"));

/** What to take down when the bench ends, however it ends (Ctrl-C included): newest first. */
const cleanups: (() => void | Promise<void>)[] = [() => fs.rmSync(dir, { recursive: true, force: true })];
async function cleanUp() {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(error);
    }
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

/** One engine's figures, from a process of its own: the database client is chosen once per process. */
async function runEngine(title: string, databaseUrl: string): Promise<Figure[]> {
  console.log(`\n── ${title} ──`);
  const figures = path.join(dir, `${title}.json`);
  const child = spawn(
    tsx,
    [
      path.join(root, "scripts", "bench-engine.ts"),
      "--customers",
      customerCount,
      "--activity",
      activityCount,
      "--figures",
      figures,
    ],
    { cwd: root, stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`The ${title} bench failed (exit code ${code}).`);
  return JSON.parse(fs.readFileSync(figures, "utf8"));
}

/** A PostgreSQL server to bench on: the one --postgres names, else a throwaway cluster; null when there is none. */
function postgresServer(): string | null {
  if (values.postgres) return values.postgres;
  let started: string;
  try {
    started = execFileSync(throwawayPostgres, ["start"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    if (String((error as { stderr?: string }).stderr).includes("not installed")) return null;
    throw error;
  }
  const exported = Object.fromEntries([...started.matchAll(/(\w+)=(\S+)/g)].map(([, name, value]) => [name, value]));
  cleanups.push(() => {
    execFileSync(throwawayPostgres, ["stop", exported.PARTNER_CONSOLE_PG_DIR]);
  });
  return exported.DATABASE_URL;
}

async function dropDatabase(server: string, name: string) {
  const client = new pg.Client({ connectionString: databaseUrl(server, "postgres") });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

const ms = (median: number | undefined) => (median === undefined ? "—" : `${median.toFixed(2)} ms`);

function printSideBySide(sqlite: Figure[], postgres: Figure[]) {
  const onPostgres = new Map(postgres.map((figure) => [figure.label, figure.median]));
  console.log("\n── SQLite and PostgreSQL side by side (goal: every read on PostgreSQL within 2× of SQLite) ──");
  console.log(
    `${"".padEnd(62)} ${"SQLite".padStart(12)} ${"PostgreSQL".padStart(12)} ${"ratio".padStart(7)}  within 2×`,
  );
  let missed = 0;
  for (const kind of ["floor", "read", "write", "load"] as const) {
    if (kind === "floor") console.log("What any query costs before it reads a row (not in the 2× rule)");
    if (kind === "read") console.log("Reads: lists, searches and filters");
    if (kind === "write") console.log("Writes (not in the 2× rule: round trips to the server, SERIALIZABLE)");
    if (kind === "load") console.log("Setup (not in the 2× rule)");
    for (const { label, median } of sqlite.filter((figure) => figure.kind === kind)) {
      const postgresMedian = onPostgres.get(label);
      const ratio = postgresMedian === undefined ? undefined : postgresMedian / median;
      const verdict = kind !== "read" || ratio === undefined ? "" : ratio <= 2 ? "met" : "NOT MET";
      if (verdict === "NOT MET") missed++;
      console.log(
        `${label.padEnd(62)} ${ms(median).padStart(12)} ${ms(postgresMedian).padStart(12)} ${(ratio === undefined ? "—" : `${ratio.toFixed(1)}×`).padStart(7)}  ${verdict}`,
      );
    }
  }
  const reads = sqlite.filter((figure) => figure.kind === "read").length;
  console.log(
    missed
      ? `\n${missed} of ${reads} reads NOT within 2× on PostgreSQL.`
      : `\nAll ${reads} reads within 2× on PostgreSQL.`,
  );
}

async function main() {
  const sqlite = await runEngine("SQLite", path.join(dir, "bench.sqlite"));
  const server = postgresServer();
  if (!server) {
    console.log("\nPostgreSQL is not installed (Debian: apt-get install postgresql): SQLite only.");
    return;
  }
  // A database of its own on the server, dropped afterwards, so nothing there is touched.
  const name = `partner_console_bench_${process.pid}`;
  const url = await createPostgresDatabase(server, name);
  cleanups.push(() => dropDatabase(server, name));
  printSideBySide(sqlite, await runEngine("PostgreSQL", url));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(cleanUp);
