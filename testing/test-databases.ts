import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { engineOf } from "@/db/engine";

/**
 * Where the tests' databases live. SQLite: files in a temp folder, a test's copy made by copying the template file.
 * PostgreSQL (DATABASE_URL=postgres://… when Vitest starts): databases on that server, a test's copy made with
 * CREATE DATABASE … TEMPLATE, which copies files too.
 */
export type TestDatabases = {
  template: string;
  /** Makes (or remakes) this worker's database as a copy of the template; returns its DATABASE_URL. */
  freshCopy(worker: string): Promise<string>;
  close(): Promise<void>;
};

export function testDatabases(template: string): TestDatabases {
  return engineOf(template) === "postgres" ? postgresDatabases(template) : sqliteDatabases(template);
}

function sqliteDatabases(template: string): TestDatabases {
  return {
    template,
    async freshCopy(worker) {
      const file = path.join(path.dirname(template), `worker-${worker}.sqlite`);
      for (const suffix of ["-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
      fs.copyFileSync(template, file);
      return file;
    },
    async close() {},
  };
}

/** The URL of another database on the same server. */
export function databaseUrl(url: string, database: string): string {
  const other = new URL(url);
  other.pathname = `/${database}`;
  return other.toString();
}

function postgresDatabases(template: string): TestDatabases {
  const templateName = new URL(template).pathname.slice(1);
  let admin: Promise<pg.Client> | undefined;
  const connect = () =>
    (admin ??= (async () => {
      const client = new pg.Client({ connectionString: databaseUrl(template, "postgres") });
      await client.connect();
      return client;
    })());
  return {
    template,
    async freshCopy(worker) {
      const name = `${templateName}_worker_${worker}`;
      const client = await connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.query(`create database "${name}" template "${templateName}"`);
      return databaseUrl(template, name);
    },
    async close() {
      if (admin) await (await admin).end();
      admin = undefined;
    },
  };
}

/** Creates an empty PostgreSQL database named `name` on the server `serverUrl` names (dropping one left over). */
export async function createPostgresDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  return databaseUrl(serverUrl, name);
}

/** Drops every database whose name starts with `prefix` (the template and its workers' copies). */
export async function dropPostgresDatabases(serverUrl: string, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where starts_with(datname, $1)",
      [prefix],
    );
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await client.end();
  }
}
