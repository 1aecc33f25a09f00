// `npm start`: builds the app when there is no build yet or the sources changed since the last one,
// then serves it with server/server.mjs (PORT, default 3000) in this very process: a second Node process waiting
// on the server would hold about 50 MiB for nothing (decision record 021). The database is created, migrated and
// seeded by the server itself on start (instrumentation.ts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const buildId = path.join(root, ".next", "BUILD_ID");
const sources = [
  "app",
  "components",
  "lib",
  "db",
  "i18n",
  "messages",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "package-lock.json",
];

function newestChange(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(full)
    .reduce((newest, child) => Math.max(newest, newestChange(path.join(entry, child))), stat.mtimeMs);
}

const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
if (builtAt < Math.max(...sources.map(newestChange))) {
  console.log(builtAt ? "Sources changed since the last build: rebuilding…" : "No build yet: building…");
  const build = spawnSync(process.execPath, [next, "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The build ran in a process of its own, gone now; the server is this process from here on.
process.chdir(root);
await import("./server.mjs");
