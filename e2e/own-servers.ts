import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { engineOf } from "../db/engine";

// Production servers a spec starts for itself, beside the suite's own, on a database of its own (a SQLite file under
// data/e2e, or a database on the suite's PostgreSQL server), so that what the spec does never touches the state other
// specs start from. Several servers may share one database: several processes, as on several machines.

const suiteDatabase = process.env.E2E_DATABASE_URL ?? "";
export const onPostgres = engineOf(suiteDatabase) === "postgres";

export type OwnServer = {
  name: string;
  baseURL: string;
  /** The database it serves, from `ownDatabase`. */
  database: string;
  env: Record<string, string>;
  process?: ChildProcess;
  output: string[];
};

/** The suite's port plus `offset`: each spec with servers of its own takes ports no other spec takes. */
export const ownPort = (offset: number) => Number(process.env.E2E_PORT ?? 3210) + offset;

/** A database of a spec's own, named `name`. */
export function ownDatabase(name: string): string {
  if (!onPostgres) return path.resolve(`data/e2e/own/${name}.sqlite`);
  const url = new URL(suiteDatabase);
  url.pathname = `/e2e_own_${name}`;
  return url.toString();
}

/** Runs statements on the suite's PostgreSQL server, outside the databases they make and drop. */
async function onPostgresServer(work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const url = new URL(suiteDatabase);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

const databaseName = (database: string) => new URL(database).pathname.slice(1);

export async function dropDatabase(database: string): Promise<void> {
  if (!onPostgres) return;
  await onPostgresServer((client) => client.query(`drop database if exists "${databaseName(database)}" with (force)`));
}

/** An empty database: the first server started on it migrates and seeds it. */
export async function freshDatabase(database: string): Promise<void> {
  if (!onPostgres) {
    fs.mkdirSync(path.dirname(database), { recursive: true });
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${database}${suffix}`, { force: true });
    return;
  }
  await dropDatabase(database);
  await onPostgresServer((client) => client.query(`create database "${databaseName(database)}"`));
}

export function startServer(server: OwnServer): void {
  server.output = [];
  server.process = spawn(process.execPath, ["server/server.mjs"], {
    env: { ...process.env, PORT: new URL(server.baseURL).port, DATABASE_URL: server.database, ...server.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [server.process.stdout!, server.process.stderr!]) {
    stream.on("data", (chunk: Buffer) => server.output.push(chunk.toString()));
  }
}

/** Until the server's health check says its database is up and migrated (it seeds it on first start). */
export async function untilHealthy(server: OwnServer): Promise<void> {
  for (const deadline = Date.now() + 90_000; Date.now() < deadline;) {
    const healthy = await fetch(`${server.baseURL}/api/health`).then(
      async (response) => response.ok && (await response.json()).migrations === "current",
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The ${server.name} server was not healthy within 90 s:\n${server.output.join("")}`);
}

/** Kills the server at once, as a crash or a power cut would (SIGKILL: it finishes nothing). */
export async function killServer(server: OwnServer): Promise<void> {
  if (!server.process || server.process.exitCode !== null || server.process.signalCode !== null) return;
  const exited = new Promise((resolve) => server.process!.once("exit", resolve));
  server.process.kill("SIGKILL");
  await exited;
}
