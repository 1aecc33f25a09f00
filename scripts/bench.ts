// npm run bench [-- --customers 100000 --activity 1000000] [-- --postgres postgres://user@host:5432/db]
// Builds a throwaway database with a large partner on each engine and prints how long the hot reads take: each
// engine's own figures (scripts/bench-engine.ts, in a process of its own), then both side by side. The goal: every
// list, search and filter on PostgreSQL within 2× of SQLite. PostgreSQL runs in a throwaway cluster
// (scripts/throwaway-postgres.sh), or, with --postgres, in a throwaway database on that server; without PostgreSQL
// installed, SQLite alone. Figures, not pass/fail: compare them across changes on the same machine.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchPlace, benchPostgresDatabase } from "./bench-databases";
import type { Figure } from "./bench-engine";

const { values } = parseArgs({
  options: { customers: { type: "string" }, activity: { type: "string" }, postgres: { type: "string" } },
});
const customerCount = values.customers ?? "100000";
const activityCount = values.activity ?? "1000000";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const place = benchPlace("partner-console-bench-");
const dir = place.dir;

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
  const url = await benchPostgresDatabase(place, values.postgres);
  if (!url) {
    console.log("\nPostgreSQL is not installed (Debian: apt-get install postgresql): SQLite only.");
    return;
  }
  printSideBySide(sqlite, await runEngine("PostgreSQL", url));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(place.cleanUp);
