// The server under test: a fresh database (never the developer's own), then `npm start`'s build-and-serve.
// A SQLite file under an e2e folder is deleted; a PostgreSQL database whose name starts with "e2e" is dropped and made
// again, empty: the server migrates and seeds it on start.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const url = process.env.DATABASE_URL ?? "data/e2e/partner-console.sqlite";
if (/^postgres(ql)?:\/\//i.test(url)) {
  const name = new URL(url).pathname.slice(1);
  if (!name.startsWith("e2e")) throw new Error(`Refusing to reset database ${name}: not an e2e database.`);
  const server = new URL(url);
  server.pathname = "/postgres";
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  await client.query(`drop database if exists "${name}" with (force)`);
  await client.query(`create database "${name}"`);
  await client.end();
} else {
  const database = path.resolve(url);
  if (!database.includes(`${path.sep}e2e${path.sep}`))
    throw new Error(`Refusing to reset ${database}: not an e2e database.`);
  fs.rmSync(path.dirname(database), { recursive: true, force: true });
}
await import("../server/start.mjs");
