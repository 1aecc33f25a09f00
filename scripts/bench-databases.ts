// The throwaway databases benches run on: a temporary folder, a PostgreSQL server (the one given, or a throwaway
// cluster) with a database of the bench's own, and what to take down when the bench ends, however it ends.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPostgresDatabase, databaseUrl } from "@/testing/test-databases";

const root = path.resolve(import.meta.dirname, "..");
const throwawayPostgres = path.join(root, "scripts", "throwaway-postgres.sh");

export type BenchPlace = {
  /** A temporary folder, removed at the end. */
  dir: string;
  /** Runs at the end, newest first. */
  cleanups: (() => void | Promise<void>)[];
  cleanUp: () => Promise<void>;
};

export function benchPlace(prefix: string): BenchPlace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const cleanups: BenchPlace["cleanups"] = [() => fs.rmSync(dir, { recursive: true, force: true })];
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
  return { dir, cleanups, cleanUp };
}

/** A PostgreSQL server to bench on: `given`, else a throwaway cluster; null when PostgreSQL is not installed. */
function postgresServer(place: BenchPlace, given: string | undefined): string | null {
  if (given) return given;
  let started: string;
  try {
    started = execFileSync(throwawayPostgres, ["start"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    if (String((error as { stderr?: string }).stderr).includes("not installed")) return null;
    throw error;
  }
  const exported = Object.fromEntries([...started.matchAll(/(\w+)=(\S+)/g)].map(([, name, value]) => [name, value]));
  place.cleanups.push(() => {
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

/** A database of the bench's own on a PostgreSQL server, dropped at the end, so nothing there is touched. */
export async function benchPostgresDatabase(place: BenchPlace, given: string | undefined): Promise<string | null> {
  const server = postgresServer(place, given);
  if (!server) return null;
  const name = `partner_console_bench_${process.pid}`;
  const url = await createPostgresDatabase(server, name);
  place.cleanups.push(() => dropDatabase(server, name));
  return url;
}
