// The server under test: a fresh database (never the developer's own), then `npm start`'s build-and-serve.
import fs from "node:fs";
import path from "node:path";

const database = path.resolve(process.env.DATABASE_URL ?? "data/e2e/partner-console.sqlite");
if (!database.includes(`${path.sep}e2e${path.sep}`))
  throw new Error(`Refusing to reset ${database}: not an e2e database.`);
fs.rmSync(path.dirname(database), { recursive: true, force: true });
await import("../scripts/start.mjs");
